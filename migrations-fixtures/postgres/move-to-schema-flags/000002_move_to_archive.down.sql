ALTER FUNCTION archive.normalize_email(text) SET SCHEMA public;
ALTER TABLE archive.users SET SCHEMA public;
