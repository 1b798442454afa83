-- The backfilled values stay; 000006's down drops the column.
DROP INDEX certificates_renewal_due_idx;
