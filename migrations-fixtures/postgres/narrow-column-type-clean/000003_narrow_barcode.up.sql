ALTER TABLE products ALTER COLUMN barcode TYPE varchar(14);
