ALTER TABLE users
    ALTER COLUMN age TYPE integer,
    ADD COLUMN nickname text,
    DROP COLUMN display_name;
