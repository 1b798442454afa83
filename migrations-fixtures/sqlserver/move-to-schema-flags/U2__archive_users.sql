ALTER SCHEMA dbo TRANSFER archive.users;
