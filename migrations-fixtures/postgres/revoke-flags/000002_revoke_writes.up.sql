REVOKE INSERT, UPDATE ON users FROM app_user;
REVOKE SELECT ON users FROM reporting;
