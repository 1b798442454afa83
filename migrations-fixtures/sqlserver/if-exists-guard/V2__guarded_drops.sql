IF OBJECT_ID(N'dbo.user_emails', N'V') IS NOT NULL
    DROP VIEW dbo.user_emails;
GO
IF EXISTS (SELECT 1 FROM sys.columns WHERE object_id = OBJECT_ID(N'dbo.users') AND name = N'score')
BEGIN
    PRINT 'dropping score';
    ALTER TABLE dbo.users DROP COLUMN score;
END
ELSE
    PRINT 'nothing to do';
