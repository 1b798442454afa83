COMMENT ON TABLE users IS 'People who can sign in';
COMMENT ON COLUMN users.email IS 'Login name; unique';
COMMENT ON INDEX users_email_key IS 'Backs the unique constraint';
