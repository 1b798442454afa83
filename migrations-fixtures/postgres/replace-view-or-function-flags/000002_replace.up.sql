CREATE OR REPLACE VIEW active_users AS SELECT id, email, name FROM users WHERE deleted_at IS NULL AND email <> '';

CREATE OR REPLACE FUNCTION user_label(u_email text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(u_email) $$;
