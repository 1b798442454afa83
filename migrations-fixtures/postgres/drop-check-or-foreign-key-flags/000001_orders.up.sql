CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    reference text NOT NULL,
    amount numeric(12,2) NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    CONSTRAINT orders_amount_positive CHECK (amount > 0),
    CONSTRAINT orders_customer_ref FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT orders_reference_unique UNIQUE (reference)
);
