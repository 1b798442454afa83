DROP INDEX IF EXISTS users_name_key;
DROP INDEX users_lower_email_uniq;
