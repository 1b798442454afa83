CREATE SECURITY POLICY dbo.note_filter
    ADD FILTER PREDICATE dbo.tenant_predicate(id) ON dbo.notes;
