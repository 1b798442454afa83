EXEC sp_rename 'dbo.invoice_seq', 'invoice_number';
