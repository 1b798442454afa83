CREATE TABLE documents (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    body text NOT NULL
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
