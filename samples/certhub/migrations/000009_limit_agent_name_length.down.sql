ALTER TABLE agents ALTER COLUMN name TYPE varchar(255);
