CREATE OR REPLACE FUNCTION user_initials(u_name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(left(u_name, 1)) $$;
