-- The new code no longer reads this view.
DROP VIEW dbo.user_emails;
