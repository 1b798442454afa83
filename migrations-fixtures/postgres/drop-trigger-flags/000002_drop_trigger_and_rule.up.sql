DROP TRIGGER users_set_updated_at ON users;
DROP RULE IF EXISTS audit_log_no_delete ON audit_log;
