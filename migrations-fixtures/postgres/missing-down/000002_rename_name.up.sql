-- No down migration for this one.
ALTER TABLE users RENAME COLUMN name TO full_name;
