REVOKE INSERT ON dbo.users FROM app_writer;
