ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users RENAME COLUMN full_name TO name;
