-- Same columns, different filter: old code reading the view now sees other rows.
CREATE OR REPLACE VIEW active_users AS SELECT id, email, name FROM users WHERE name IS NOT NULL AND email <> '';
