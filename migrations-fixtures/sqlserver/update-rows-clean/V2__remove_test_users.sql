DELETE FROM dbo.users WHERE email LIKE N'%@example.test';
