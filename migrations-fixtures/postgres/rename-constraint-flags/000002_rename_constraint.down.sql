ALTER TABLE users RENAME CONSTRAINT users_email_unique TO users_email_key;
