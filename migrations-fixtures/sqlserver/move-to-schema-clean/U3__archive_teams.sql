ALTER SCHEMA dbo TRANSFER archive.teams;
