CREATE PROCEDURE dbo.touch_user @id BIGINT AS
BEGIN
    UPDATE dbo.users SET name = name WHERE id = @id;
END
GO
CREATE FUNCTION dbo.display_name (@id BIGINT) RETURNS NVARCHAR(200) AS
BEGIN
    RETURN (SELECT COALESCE(name, email) FROM dbo.users WHERE id = @id);
END
GO

