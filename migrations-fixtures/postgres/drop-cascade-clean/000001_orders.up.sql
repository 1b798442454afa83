CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE order_status AS ENUM ('pending', 'paid');

CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending',
    contact email_address,
    coupon_code citext
);

CREATE TYPE shipment_status AS ENUM ('packed', 'shipped');
