DROP INDEX users_lower_email_idx;
DROP INDEX IF EXISTS users_name_uniq;
