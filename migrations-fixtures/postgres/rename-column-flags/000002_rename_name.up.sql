-- Old queries select users.name.
ALTER TABLE users RENAME COLUMN name TO full_name;
