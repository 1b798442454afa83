ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM reporting;
REVOKE reporting FROM app_user;
REVOKE SELECT (id, email) ON users FROM app_user;
REVOKE SELECT ON users FROM reporting;
