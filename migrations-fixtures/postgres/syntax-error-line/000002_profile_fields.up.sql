-- Profile fields.
ALTER TABLE users ADD COLUMN bio text;
ALTER TABLE users ADD COLUMN website text;

ALTER TABLE users ADD COLUMN avatar_url text DEFALT '';
ALTER TABLE users RENAME COLUMN name TO display_name;
CREATE INDEX users_display_name_idx ON users (display_name);
