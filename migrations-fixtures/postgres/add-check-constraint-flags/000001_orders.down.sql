DROP DOMAIN email_address;
DROP TABLE orders;
DROP TABLE customers;
