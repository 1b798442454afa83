REVOKE DELETE ON dbo.users FROM app_writer;
GRANT SELECT ON dbo.users TO reporting;
