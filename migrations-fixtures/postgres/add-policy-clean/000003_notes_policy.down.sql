DROP POLICY notes_tenant_isolation ON notes;
