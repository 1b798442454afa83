CREATE PROCEDURE dbo.touch_user @id BIGINT AS
BEGIN
    UPDATE dbo.users SET name = name WHERE id = @id;
END
GO
EXEC sp_rename 'dbo.touch_user', 'touch_account';
