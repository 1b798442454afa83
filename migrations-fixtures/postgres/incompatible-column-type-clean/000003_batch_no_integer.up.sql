ALTER TABLE imports ALTER COLUMN batch_no TYPE integer USING batch_no::integer;
