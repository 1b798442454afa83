CREATE EXTENSION IF NOT EXISTS citext;
ALTER TABLE orders ADD COLUMN coupon_code citext;
CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');
ALTER TABLE orders ADD COLUMN contact email_address;
CREATE TYPE order_status AS ENUM ('pending', 'paid');
ALTER TABLE orders ADD COLUMN status order_status NOT NULL DEFAULT 'pending';
