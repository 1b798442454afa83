/* a comment mentioning
GO
/* nested */ still the comment */
INSERT INTO dbo.users (email, name) VALUES (N'go@example.com', N'semi;colon ''quoted''');
UPDATE [dbo].[users] SET [name] = N'
GO
' WHERE [email] = N'go@example.com';
GO
SELECT [id] AS [select], [email] FROM dbo.users WHERE name = 'GO';
