DROP FUNCTION normalize_email(text);
DROP SCHEMA archive;
DROP TABLE users;
