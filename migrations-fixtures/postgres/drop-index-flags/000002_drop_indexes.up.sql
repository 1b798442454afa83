DROP INDEX users_name_idx;
DROP INDEX IF EXISTS users_created_at_idx;
