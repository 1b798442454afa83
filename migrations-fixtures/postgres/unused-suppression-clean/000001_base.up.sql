CREATE TABLE certificates (
    id bigint PRIMARY KEY,
    serial text NOT NULL,
    not_after timestamptz NOT NULL
);
CREATE INDEX certificates_not_after_idx ON certificates (not_after);
