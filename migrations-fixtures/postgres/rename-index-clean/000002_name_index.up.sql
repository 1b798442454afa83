CREATE INDEX users_name_tmp_idx ON users (name);
