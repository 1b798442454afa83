SELECT setval('invoice_number_seq', 1, false);
