DROP POLICY documents_tenant_isolation ON documents;
