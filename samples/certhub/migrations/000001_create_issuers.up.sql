-- Issuers (ACME directories, internal CAs, Vault PKI) and the shared updated_at trigger function.
CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE issuers (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          varchar(255) NOT NULL,
    kind          text NOT NULL,
    directory_url text,
    config        jsonb NOT NULL DEFAULT '{}'::jsonb,
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT issuers_name_key UNIQUE (name),
    CONSTRAINT issuers_kind_check CHECK (kind IN ('acme', 'local_ca', 'vault', 'step_ca'))
);

CREATE TRIGGER issuers_set_updated_at
    BEFORE UPDATE ON issuers
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
