GRANT SELECT, INSERT ON dbo.users TO app_reader;
