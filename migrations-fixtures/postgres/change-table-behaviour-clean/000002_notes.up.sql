CREATE TABLE notes (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    body text NOT NULL
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_tenant_isolation ON notes USING (tenant_id = current_setting('app.tenant_id')::bigint);
