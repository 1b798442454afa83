ALTER SEQUENCE invoice_no_seq RENAME TO invoice_number_seq;
