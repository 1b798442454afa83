DROP MATERIALIZED VIEW recent_users;
DROP VIEW user_emails;
