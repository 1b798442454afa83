ALTER SCHEMA archive TRANSFER dbo.users;
