DROP TABLE dbo.events_archive;
DROP TABLE dbo.events;
