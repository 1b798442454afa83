ALTER TABLE orders ALTER COLUMN priority TYPE smallint;
ALTER TABLE orders ALTER COLUMN country TYPE char(2);
ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::order_status;
ALTER TABLE orders ALTER COLUMN payload TYPE json;
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp;
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(10,2);
ALTER TABLE orders ALTER COLUMN ratio TYPE real;
ALTER TABLE orders ALTER COLUMN quantity TYPE integer;
ALTER TABLE orders ALTER COLUMN code TYPE varchar(32);
