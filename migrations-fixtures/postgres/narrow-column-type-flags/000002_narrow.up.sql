ALTER TABLE products ALTER COLUMN title TYPE varchar(200);
ALTER TABLE products ALTER COLUMN stock TYPE integer;
ALTER TABLE products ALTER COLUMN price TYPE numeric(10,2);
ALTER TABLE products ALTER COLUMN sku TYPE varchar(32);
