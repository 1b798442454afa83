ALTER TABLE invoices
    ALTER COLUMN status SET DEFAULT 'draft',
    ALTER COLUMN number SET NOT NULL;
