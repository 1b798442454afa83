DELETE FROM dbo.teams WHERE name = N'test';
