DROP MATERIALIZED VIEW user_stats;
DROP VIEW user_emails;
DROP VIEW active_users;
DROP TABLE users;
