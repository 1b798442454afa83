ALTER TABLE users SET SCHEMA archive;
ALTER FUNCTION normalize_email(text) SET SCHEMA archive;
