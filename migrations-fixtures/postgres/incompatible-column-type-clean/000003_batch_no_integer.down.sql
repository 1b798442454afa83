ALTER TABLE imports ALTER COLUMN batch_no TYPE text;
