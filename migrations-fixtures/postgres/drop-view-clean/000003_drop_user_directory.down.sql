CREATE VIEW user_directory AS SELECT id, email FROM users;
