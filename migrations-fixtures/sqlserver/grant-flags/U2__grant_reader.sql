REVOKE SELECT, INSERT ON dbo.users FROM app_reader;
