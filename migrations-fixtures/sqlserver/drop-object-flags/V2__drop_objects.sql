DROP SEQUENCE dbo.invoice_number;
DROP SYNONYM dbo.people;
