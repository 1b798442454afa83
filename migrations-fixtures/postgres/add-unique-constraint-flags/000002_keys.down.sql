ALTER TABLE bookings DROP CONSTRAINT bookings_no_overlap;
ALTER TABLE accounts DROP CONSTRAINT accounts_email_key;
ALTER TABLE accounts DROP CONSTRAINT accounts_pkey;
