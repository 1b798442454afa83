DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = 'public' AND indexname = 'users_name_idx') THEN
        CREATE INDEX users_name_idx ON users (name);
    END IF;
END
$$;
