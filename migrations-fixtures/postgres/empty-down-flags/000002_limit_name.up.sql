ALTER TABLE agents ALTER COLUMN name TYPE varchar(63);
