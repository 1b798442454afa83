DROP ROLE app_user;
DROP ROLE reporting;
DROP TABLE users;
