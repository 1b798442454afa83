ALTER TABLE orders ADD CONSTRAINT orders_quantity_check CHECK (quantity > 0);
ALTER TABLE orders ADD CONSTRAINT orders_customer_ref FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0);
