ALTER TABLE users RENAME TO accounts;
ALTER TABLE IF EXISTS audit_log RENAME TO audit_events;
