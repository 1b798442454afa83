-- migrate:up
-- legacy_flag is no longer read by the new code.
ALTER TABLE users DROP COLUMN legacy_flag;
ALTER TABLE users ADD COLUMN nickname text;

-- migrate:down
ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users ADD COLUMN legacy_flag boolean;
