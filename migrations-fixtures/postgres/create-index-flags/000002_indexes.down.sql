DROP INDEX users_lower_email_idx;
DROP INDEX IF EXISTS users_created_at_idx;
DROP INDEX users_name_idx;
