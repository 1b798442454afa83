-- forgets to rename back
SELECT 1;
