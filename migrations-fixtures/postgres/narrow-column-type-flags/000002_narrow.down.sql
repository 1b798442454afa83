ALTER TABLE products ALTER COLUMN sku TYPE varchar(64);
ALTER TABLE products ALTER COLUMN price TYPE numeric(12,2);
ALTER TABLE products ALTER COLUMN stock TYPE bigint;
ALTER TABLE products ALTER COLUMN title TYPE text;
