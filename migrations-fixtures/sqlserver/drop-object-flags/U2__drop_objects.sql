CREATE SEQUENCE dbo.invoice_number AS BIGINT START WITH 1;
CREATE SYNONYM dbo.people FOR dbo.users;
