DROP TABLE coupons;
DROP TABLE orders;
DROP TABLE customers;
