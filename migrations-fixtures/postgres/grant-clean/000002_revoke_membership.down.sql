GRANT reporting TO app_user;
