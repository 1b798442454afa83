GRANT INSERT ON dbo.users TO app_writer;
