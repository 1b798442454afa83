ALTER TABLE users ADD COLUMN middle_name text;
