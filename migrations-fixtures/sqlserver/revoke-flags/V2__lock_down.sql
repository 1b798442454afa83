REVOKE SELECT ON dbo.users FROM reporting;
DENY DELETE ON dbo.users TO app_writer;
