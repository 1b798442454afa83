CREATE OR REPLACE VIEW active_users AS SELECT id, email, name FROM users WHERE name IS NOT NULL;
