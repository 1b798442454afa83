DISABLE TRIGGER dbo.trg_users_audit ON dbo.users;
ALTER TABLE dbo.users NOCHECK CONSTRAINT ALL;
