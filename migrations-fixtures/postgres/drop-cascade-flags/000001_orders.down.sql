DROP TABLE orders;
DROP DOMAIN email_address;
DROP TYPE order_status;
DROP EXTENSION IF EXISTS citext;
