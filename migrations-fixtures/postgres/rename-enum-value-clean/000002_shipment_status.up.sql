CREATE TYPE shipment_status AS ENUM ('packed', 'sent');
