ALTER TABLE users ADD COLUMN is_verified boolean DEFAULT false;
