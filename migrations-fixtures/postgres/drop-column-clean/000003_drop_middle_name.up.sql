ALTER TABLE users DROP COLUMN middle_name;
