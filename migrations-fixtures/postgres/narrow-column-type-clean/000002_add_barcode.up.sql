ALTER TABLE products ADD COLUMN barcode text;
