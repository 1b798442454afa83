DROP FUNCTION normalize_email(text);
DROP PROCEDURE archive_orders();
DROP AGGREGATE IF EXISTS array_cat_agg(anycompatiblearray);
