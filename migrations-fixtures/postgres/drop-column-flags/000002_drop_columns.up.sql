ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users
    DROP COLUMN IF EXISTS legacy_flag;
