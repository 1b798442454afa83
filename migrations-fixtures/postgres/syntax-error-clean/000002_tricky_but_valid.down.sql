ALTER TABLE users RENAME COLUMN handle TO nickname;
ALTER TABLE users DROP COLUMN "select";
DROP FUNCTION add_one(integer);
COMMENT ON COLUMN users.name IS NULL;
COMMENT ON TABLE users IS NULL;
