DROP RULE audit_log_no_delete ON audit_log;
DROP TRIGGER users_set_updated_at ON users;
DROP FUNCTION set_updated_at();
