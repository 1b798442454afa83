CREATE TYPE order_status AS ENUM ('pending', 'paid');

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    code varchar(32) NOT NULL,
    quantity integer NOT NULL,
    ratio real,
    amount numeric(10,2) NOT NULL,
    placed_at timestamp NOT NULL,
    payload json,
    status order_status NOT NULL,
    country char(2) NOT NULL,
    priority smallint
);
