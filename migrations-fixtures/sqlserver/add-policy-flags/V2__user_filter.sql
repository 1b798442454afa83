CREATE SECURITY POLICY dbo.user_filter
    ADD FILTER PREDICATE dbo.tenant_predicate(id) ON dbo.users
    WITH (STATE = ON);
