ALTER TABLE measurements ALTER COLUMN amount TYPE numeric(14,4);
