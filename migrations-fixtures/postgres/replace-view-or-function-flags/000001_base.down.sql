DROP FUNCTION user_label(text);
DROP VIEW active_users;
DROP TABLE users;
