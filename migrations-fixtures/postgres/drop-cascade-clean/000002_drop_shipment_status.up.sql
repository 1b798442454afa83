DROP TYPE shipment_status;
