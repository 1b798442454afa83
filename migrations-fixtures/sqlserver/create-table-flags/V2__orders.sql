-- Orders for the new checkout.
CREATE TABLE dbo.orders (
    id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES dbo.users (id),
    total DECIMAL(12,2) NOT NULL
);
