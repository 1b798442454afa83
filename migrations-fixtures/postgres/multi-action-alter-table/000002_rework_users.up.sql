ALTER TABLE users
    ADD COLUMN display_name text,
    DROP COLUMN nickname,
    ALTER COLUMN age TYPE bigint;
