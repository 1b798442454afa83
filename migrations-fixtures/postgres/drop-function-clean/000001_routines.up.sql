CREATE TABLE orders (
    id bigint PRIMARY KEY,
    archived boolean NOT NULL DEFAULT false
);

CREATE FUNCTION normalize_email(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(raw) $$;

CREATE PROCEDURE archive_orders() LANGUAGE sql AS $$ UPDATE orders SET archived = true $$;

CREATE AGGREGATE array_cat_agg(anycompatiblearray) (SFUNC = array_cat, STYPE = anycompatiblearray);
