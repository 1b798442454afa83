CREATE SEQUENCE dbo.invoice_number AS BIGINT START WITH 1;
GO
CREATE PROCEDURE dbo.touch_user @id BIGINT AS
BEGIN
    UPDATE dbo.users SET name = name WHERE id = @id;
END
GO
