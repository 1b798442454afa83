CREATE TABLE plans (
    code text PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO plans (code, name) VALUES ('free', 'Free'), ('legacy', 'Legacy');

CREATE FUNCTION seed_default_plans() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO plans (code, name) VALUES ('pro', 'Pro') ON CONFLICT (code) DO NOTHING;
END;
$$;
