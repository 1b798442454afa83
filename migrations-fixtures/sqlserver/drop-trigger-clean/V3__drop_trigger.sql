DROP TRIGGER IF EXISTS dbo.trg_audit_log;
