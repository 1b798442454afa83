DROP TRIGGER dbo.trg_users_audit;
