DBCC CHECKIDENT ('dbo.users', RESEED, 1);
