ALTER TYPE shipment_status RENAME VALUE 'shipped' TO 'sent';
