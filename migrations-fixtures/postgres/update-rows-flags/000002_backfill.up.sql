ALTER TABLE users ADD COLUMN display_name text;
UPDATE users SET display_name = name WHERE display_name IS NULL;
UPDATE users SET name = email WHERE name IS NULL;
