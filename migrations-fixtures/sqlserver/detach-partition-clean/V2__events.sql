CREATE TABLE dbo.events (
    id BIGINT NOT NULL,
    happened_at DATETIME2 NOT NULL
);
CREATE TABLE dbo.events_archive (
    id BIGINT NOT NULL,
    happened_at DATETIME2 NOT NULL
);
