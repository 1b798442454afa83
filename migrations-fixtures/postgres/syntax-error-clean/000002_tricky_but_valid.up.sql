COMMENT ON TABLE users IS 'Semicolons; inside ''quotes'' are fine';
/* a block comment; /* nested; */ still a comment; */
COMMENT ON COLUMN users.name IS E'Line one;\nline two';
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $body$ SELECT n + 1; $body$;
ALTER TABLE users ADD COLUMN "select" text; -- a reserved word, quoted; fine
ALTER TABLE users RENAME COLUMN nickname TO handle;
