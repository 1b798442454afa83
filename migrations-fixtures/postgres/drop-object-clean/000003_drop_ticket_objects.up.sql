DROP TYPE ticket_priority;
DROP SEQUENCE ticket_number_seq;
