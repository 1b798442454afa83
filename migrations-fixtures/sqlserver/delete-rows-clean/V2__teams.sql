CREATE TABLE dbo.teams (
    id INT NOT NULL PRIMARY KEY,
    name NVARCHAR(100) NULL
);
INSERT INTO dbo.teams (id, name) VALUES (1, N'core'), (2, N'test');
