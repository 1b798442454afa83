INSERT INTO feature_flags (name, enabled) VALUES ('beta_banner', true);
