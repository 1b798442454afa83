ALTER TABLE certificates DROP COLUMN labels;
