ALTER TABLE dbo.users DROP COLUMN phone, nickname;
