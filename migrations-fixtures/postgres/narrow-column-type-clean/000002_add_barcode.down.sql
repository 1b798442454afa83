ALTER TABLE products DROP COLUMN barcode;
