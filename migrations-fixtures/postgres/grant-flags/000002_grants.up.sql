GRANT SELECT ON users TO reporting;
GRANT SELECT (id, email) ON users TO app_user;
GRANT reporting TO app_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
