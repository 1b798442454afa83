ALTER TYPE order_status RENAME VALUE 'settled' TO 'paid';
