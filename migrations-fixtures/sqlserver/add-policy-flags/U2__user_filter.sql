DROP SECURITY POLICY dbo.user_filter;
