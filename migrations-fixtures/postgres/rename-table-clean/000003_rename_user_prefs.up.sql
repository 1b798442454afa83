ALTER TABLE user_prefs RENAME TO user_settings;
