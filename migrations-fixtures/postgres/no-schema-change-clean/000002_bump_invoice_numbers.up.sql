SELECT setval('invoice_number_seq', 5000);
