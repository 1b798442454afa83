CREATE TYPE certificate_status AS ENUM ('pending', 'issued', 'renewing', 'revoked', 'expired', 'failed');

CREATE TABLE certificates (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    issuer_id     uuid NOT NULL,
    common_name   varchar(255) NOT NULL,
    sans          text[] NOT NULL DEFAULT '{}',
    status        certificate_status NOT NULL DEFAULT 'pending',
    serial_number text,
    not_before    timestamptz,
    not_after     timestamptz,
    pem_chain     text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT certificates_issuer_id_fkey FOREIGN KEY (issuer_id) REFERENCES issuers (id),
    CONSTRAINT certificates_issuer_id_serial_number_key UNIQUE (issuer_id, serial_number)
);

CREATE INDEX certificates_common_name_idx ON certificates (common_name);
CREATE INDEX certificates_status_idx ON certificates (status);
CREATE INDEX certificates_not_after_idx ON certificates (not_after);

CREATE TRIGGER certificates_set_updated_at
    BEFORE UPDATE ON certificates
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
