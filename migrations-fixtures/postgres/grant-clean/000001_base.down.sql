REVOKE reporting FROM app_user;
REVOKE SELECT ON users FROM reporting;
DROP ROLE app_user;
DROP ROLE reporting;
DROP TABLE users;
