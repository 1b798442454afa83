ALTER TABLE IF EXISTS audit_events RENAME TO audit_log;
ALTER TABLE accounts RENAME TO users;
