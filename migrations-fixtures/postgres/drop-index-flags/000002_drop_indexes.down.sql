CREATE INDEX users_created_at_idx ON users (created_at);
CREATE INDEX users_name_idx ON users (name);
