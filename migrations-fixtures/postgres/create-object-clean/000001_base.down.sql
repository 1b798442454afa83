DROP VIEW active_users;
DROP TABLE users;
