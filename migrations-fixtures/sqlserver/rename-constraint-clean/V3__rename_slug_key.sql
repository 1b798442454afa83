EXEC sp_rename 'UQ_teams_slug', 'UQ_teams_handle', 'OBJECT';
