-- The new code no longer reads this view.
DROP VIEW active_users;
