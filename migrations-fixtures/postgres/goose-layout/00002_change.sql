-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at();
ALTER TABLE users RENAME COLUMN name TO full_name;

-- +goose Down
ALTER TABLE users RENAME COLUMN full_name TO name;
DROP TRIGGER users_set_updated_at ON users;
-- +goose StatementBegin
DROP FUNCTION set_updated_at();
-- +goose StatementEnd
