EXEC sp_rename 'dbo.invoice_number', 'invoice_seq';
