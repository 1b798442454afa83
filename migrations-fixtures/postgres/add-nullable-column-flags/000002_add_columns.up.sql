ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ADD COLUMN last_login_at timestamptz NULL;
ALTER TABLE users ADD COLUMN IF NOT EXISTS bio varchar(500);
