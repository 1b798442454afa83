CREATE UNIQUE INDEX users_name_uniq ON users (name) WHERE name IS NOT NULL;
