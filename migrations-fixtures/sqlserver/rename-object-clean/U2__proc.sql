DROP PROCEDURE dbo.touch_account;
