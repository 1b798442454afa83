ALTER TABLE imports DROP COLUMN batch_no;
