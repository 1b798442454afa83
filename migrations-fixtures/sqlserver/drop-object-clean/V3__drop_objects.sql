DROP SEQUENCE dbo.ticket_number;
DROP TYPE dbo.email_address;
