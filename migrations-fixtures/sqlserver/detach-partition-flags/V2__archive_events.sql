ALTER TABLE dbo.events SWITCH TO dbo.events_archive;
