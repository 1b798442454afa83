ALTER TYPE shipment_status ADD VALUE 'delivered';
