ALTER TABLE measurements ALTER COLUMN amount TYPE numeric(12,2);
