EXEC sp_rename 'UQ_teams_handle', 'UQ_teams_slug', 'OBJECT';
