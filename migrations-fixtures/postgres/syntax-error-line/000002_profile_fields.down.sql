DROP INDEX users_display_name_idx;
ALTER TABLE users RENAME COLUMN display_name TO name;
ALTER TABLE users DROP COLUMN IF EXISTS avatar_url;
ALTER TABLE users DROP COLUMN website;
ALTER TABLE users DROP COLUMN bio;
