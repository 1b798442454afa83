CREATE FUNCTION slugify_v1(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(raw) $$;
ALTER FUNCTION slugify_v1(text) RENAME TO slugify;
