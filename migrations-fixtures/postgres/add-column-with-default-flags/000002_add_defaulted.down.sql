ALTER TABLE users DROP COLUMN email_domain;
ALTER TABLE users DROP COLUMN row_no;
ALTER TABLE users DROP COLUMN external_no;
ALTER TABLE users DROP COLUMN login_count;
ALTER TABLE users DROP COLUMN status;
