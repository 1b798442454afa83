ALTER TABLE renewal_jobs DROP COLUMN requested_by;
