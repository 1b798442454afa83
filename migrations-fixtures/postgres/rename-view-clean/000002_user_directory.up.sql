CREATE VIEW user_dir AS SELECT id, email, name FROM users;
ALTER VIEW user_dir RENAME TO user_directory;
