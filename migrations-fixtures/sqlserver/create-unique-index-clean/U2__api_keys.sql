DROP TABLE dbo.api_keys;
