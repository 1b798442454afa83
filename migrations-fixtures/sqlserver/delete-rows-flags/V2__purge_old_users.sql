DELETE FROM dbo.users WHERE created_at < '2020-01-01';
