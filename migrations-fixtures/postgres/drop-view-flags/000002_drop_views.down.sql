CREATE MATERIALIZED VIEW user_stats AS SELECT id, created_at FROM users;
CREATE VIEW active_users AS SELECT id, email, name FROM users WHERE name IS NOT NULL;
