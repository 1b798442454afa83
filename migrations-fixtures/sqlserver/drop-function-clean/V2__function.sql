CREATE FUNCTION dbo.display_name (@id BIGINT) RETURNS NVARCHAR(200) AS
BEGIN
    RETURN (SELECT COALESCE(name, email) FROM dbo.users WHERE id = @id);
END
