ALTER TABLE user_settings RENAME TO user_prefs;
