DROP PROCEDURE dbo.touch_user;
DROP FUNCTION IF EXISTS dbo.display_name;
