ALTER VIEW user_addresses RENAME TO user_emails;
ALTER MATERIALIZED VIEW user_statistics RENAME TO user_stats;
ALTER VIEW named_users RENAME TO active_users;
