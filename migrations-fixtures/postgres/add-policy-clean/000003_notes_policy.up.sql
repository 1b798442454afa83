CREATE POLICY notes_tenant_isolation ON notes FOR SELECT
    USING (tenant_id = current_setting('app.tenant_id')::bigint);
