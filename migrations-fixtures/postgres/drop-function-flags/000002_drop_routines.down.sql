CREATE AGGREGATE array_cat_agg(anycompatiblearray) (SFUNC = array_cat, STYPE = anycompatiblearray);
CREATE PROCEDURE archive_orders() LANGUAGE sql AS $$ UPDATE orders SET archived = true $$;
CREATE FUNCTION normalize_email(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(raw) $$;
