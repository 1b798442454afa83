EXEC dbo.recalculate_scores;
EXECUTE maintenance.rebuild_search @full = 1;
