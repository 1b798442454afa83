EXEC sp_rename 'dbo.squads', 'teams';
