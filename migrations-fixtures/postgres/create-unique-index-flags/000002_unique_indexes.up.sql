CREATE UNIQUE INDEX users_lower_email_uniq ON users (lower(email));
CREATE UNIQUE INDEX IF NOT EXISTS users_name_key ON users (name) WHERE name IS NOT NULL;
