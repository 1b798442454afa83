ALTER TABLE dbo.users ADD nickname NVARCHAR(50) NULL;
go
CREATE VIEW dbo.nicknames AS SELECT id, nickname FROM dbo.users;
GO -- the view must start its batch
CREATE TABLE dbo.broken (id INT
GO
ALTER TABLE dbo.users DROP COLUMN score;
  GO 1
INSERT INTO dbo.users (email) VALUES (N'x@example.com');
