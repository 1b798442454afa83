ALTER TABLE users ALTER COLUMN name TYPE text;
CREATE INDEX CONCURRENTLY users_name_idx ON users (name);
ALTER TABLE users ADD COLUMN tags text[] NOT NULL DEFAULT '{}';
