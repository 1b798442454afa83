CREATE TABLE notes (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    body text NOT NULL
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
