DROP VIEW user_directory;
