DROP SECURITY POLICY dbo.note_filter;
