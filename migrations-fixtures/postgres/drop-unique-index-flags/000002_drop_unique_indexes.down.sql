CREATE UNIQUE INDEX users_name_uniq ON users (name) WHERE name IS NOT NULL;
CREATE UNIQUE INDEX users_lower_email_idx ON users (lower(email));
