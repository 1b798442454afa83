CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE MATERIALIZED VIEW recent_users AS SELECT id, email FROM users WHERE created_at >= TIMESTAMPTZ '2024-01-01 00:00:00+00' WITH DATA;
