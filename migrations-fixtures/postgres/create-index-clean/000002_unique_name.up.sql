CREATE UNIQUE INDEX users_name_uniq_idx ON users (name) WHERE name IS NOT NULL;
