ALTER TABLE dbo.users WITH CHECK CHECK CONSTRAINT ALL;
ENABLE TRIGGER dbo.trg_users_audit ON dbo.users;
