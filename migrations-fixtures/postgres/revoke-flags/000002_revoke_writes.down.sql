GRANT SELECT ON users TO reporting;
GRANT INSERT, UPDATE ON users TO app_user;
