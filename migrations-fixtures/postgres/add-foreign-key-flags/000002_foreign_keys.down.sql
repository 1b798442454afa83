ALTER TABLE orders DROP CONSTRAINT orders_coupon_id_fkey;
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
