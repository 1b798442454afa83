ALTER TABLE orders ALTER COLUMN code TYPE varchar(64);
ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;
ALTER TABLE orders ALTER COLUMN ratio TYPE double precision;
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(14,2);
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz;
ALTER TABLE orders ALTER COLUMN payload TYPE jsonb;
ALTER TABLE orders ALTER COLUMN status TYPE text;
ALTER TABLE orders ALTER COLUMN country TYPE text;
ALTER TABLE orders ALTER COLUMN priority TYPE integer;
