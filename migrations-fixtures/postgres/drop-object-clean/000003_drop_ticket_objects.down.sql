CREATE SEQUENCE ticket_number_seq;
CREATE TYPE ticket_priority AS ENUM ('low', 'high');
