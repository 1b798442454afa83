-- Agent names now go into SANs as a DNS label: at most 63 characters.
ALTER TABLE agents ALTER COLUMN name TYPE varchar(63);
