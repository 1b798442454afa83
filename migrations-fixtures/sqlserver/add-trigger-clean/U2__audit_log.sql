DROP TABLE dbo.audit_log;
