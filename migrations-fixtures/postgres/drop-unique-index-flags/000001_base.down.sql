DROP INDEX users_name_uniq;
DROP INDEX users_lower_email_idx;
DROP TABLE users;
