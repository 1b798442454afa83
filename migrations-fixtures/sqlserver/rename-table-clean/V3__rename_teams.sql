EXEC sp_rename 'dbo.teams', 'squads';
