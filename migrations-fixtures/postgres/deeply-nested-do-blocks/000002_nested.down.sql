ALTER TABLE accounts RENAME COLUMN email_address TO email;
ALTER TABLE accounts RENAME COLUMN nickname TO handle;
