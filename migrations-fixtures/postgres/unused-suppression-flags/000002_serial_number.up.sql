-- migrationlint:ignore ML302 reason: the old release never reads serial
ALTER TABLE certificates RENAME COLUMN serial TO serial_number;
-- migrationlint:ignore drop-colum reason: typo in the rule name
SELECT 1;
