ALTER TABLE orders ADD CONSTRAINT orders_amount_nonnegative CHECK (amount >= 0);
ALTER TABLE orders ADD CONSTRAINT orders_quantity_limit CHECK (quantity <= 1000) NOT VALID;
ALTER DOMAIN email_address ADD CONSTRAINT email_address_has_at CHECK (VALUE LIKE '%@%');
