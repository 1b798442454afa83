ALTER TYPE shipment_status RENAME VALUE 'sent' TO 'shipped';
