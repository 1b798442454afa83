ALTER TABLE orders ADD CONSTRAINT orders_reference_unique UNIQUE (reference);
