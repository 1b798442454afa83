CREATE TABLE products (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    stock bigint NOT NULL,
    price numeric(12,2) NOT NULL,
    sku varchar(64) NOT NULL
);
