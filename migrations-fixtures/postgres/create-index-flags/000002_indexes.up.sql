CREATE INDEX users_name_idx ON users (name);
CREATE INDEX IF NOT EXISTS users_created_at_idx ON users USING btree (created_at DESC);
CREATE INDEX users_lower_email_idx ON users (lower(email)) WHERE name IS NOT NULL;
