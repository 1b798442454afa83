ALTER TABLE imports ADD COLUMN batch_no text;
