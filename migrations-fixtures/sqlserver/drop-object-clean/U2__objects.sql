DROP TYPE dbo.email_address;
DROP SEQUENCE dbo.ticket_number;
