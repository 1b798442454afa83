ALTER TABLE orders DROP CONSTRAINT orders_amount_positive;
ALTER TABLE orders DROP CONSTRAINT orders_customer_ref;
ALTER TABLE orders DROP CONSTRAINT orders_quantity_check;
