CREATE TRIGGER dbo.trg_users_delete ON dbo.users AFTER DELETE AS
    PRINT 'deleted';
