DROP FUNCTION dbo.display_name;
