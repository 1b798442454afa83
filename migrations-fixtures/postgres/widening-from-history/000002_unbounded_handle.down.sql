ALTER TABLE users ALTER COLUMN handle TYPE varchar(64);
