ALTER DOMAIN email_address DROP CONSTRAINT email_address_has_at;
ALTER TABLE orders DROP CONSTRAINT orders_quantity_limit;
ALTER TABLE orders DROP CONSTRAINT orders_amount_nonnegative;
