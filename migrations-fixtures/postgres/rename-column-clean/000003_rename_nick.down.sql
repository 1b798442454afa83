ALTER TABLE users RENAME COLUMN nickname TO nick;
