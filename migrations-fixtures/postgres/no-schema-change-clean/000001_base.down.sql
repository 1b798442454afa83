DROP SEQUENCE invoice_number_seq;
DROP TABLE users;
