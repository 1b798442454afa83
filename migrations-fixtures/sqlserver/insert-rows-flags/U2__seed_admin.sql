DELETE FROM dbo.users WHERE email = N'admin@example.com';
