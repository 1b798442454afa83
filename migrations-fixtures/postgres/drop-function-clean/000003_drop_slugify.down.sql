CREATE FUNCTION slugify(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(raw) $$;
