ALTER TABLE products ALTER COLUMN barcode TYPE text;
