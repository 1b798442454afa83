CREATE TABLE feature_flags (
    name text PRIMARY KEY,
    enabled boolean NOT NULL DEFAULT false
);
INSERT INTO feature_flags (name, enabled) VALUES ('beta_banner', true), ('new_checkout', false);
