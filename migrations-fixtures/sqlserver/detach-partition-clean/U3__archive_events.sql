ALTER TABLE dbo.events_archive SWITCH TO dbo.events;
