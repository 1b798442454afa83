ALTER TABLE users RENAME COLUMN name TO full_name;

ALTER TABLE users DROP COLUMN nickname;
