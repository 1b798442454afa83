DROP PROCEDURE archive_users(integer);
DROP FUNCTION refresh_user_stats();
DROP TABLE user_stats;
DROP TABLE users;
