DROP VIEW dbo.users_with_names;
