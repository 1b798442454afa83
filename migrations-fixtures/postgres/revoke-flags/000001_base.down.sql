REVOKE ALL ON users FROM app_user;
REVOKE ALL ON users FROM reporting;
DROP ROLE app_user;
DROP ROLE reporting;
DROP TABLE users;
