DROP PROCEDURE dbo.touch_user;
DROP SEQUENCE dbo.invoice_number;
