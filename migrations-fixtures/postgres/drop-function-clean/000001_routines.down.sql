DROP AGGREGATE array_cat_agg(anycompatiblearray);
DROP PROCEDURE archive_orders();
DROP FUNCTION normalize_email(text);
DROP TABLE orders;
