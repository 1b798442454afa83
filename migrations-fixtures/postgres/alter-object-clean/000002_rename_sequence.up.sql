ALTER SEQUENCE invoice_number_seq RENAME TO invoice_no_seq;
