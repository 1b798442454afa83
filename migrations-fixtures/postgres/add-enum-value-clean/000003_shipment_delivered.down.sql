DROP TYPE shipment_status;
CREATE TYPE shipment_status AS ENUM ('packed', 'shipped');
