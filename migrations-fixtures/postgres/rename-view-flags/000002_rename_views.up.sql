ALTER VIEW active_users RENAME TO named_users;
ALTER MATERIALIZED VIEW user_stats RENAME TO user_statistics;
-- ALTER TABLE accepts a view; the history says user_emails is one.
ALTER TABLE user_emails RENAME TO user_addresses;
