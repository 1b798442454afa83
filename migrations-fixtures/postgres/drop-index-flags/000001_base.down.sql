DROP INDEX users_created_at_idx;
DROP INDEX users_name_idx;
DROP TABLE users;
