CREATE TABLE dbo.api_keys (
    id INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    token CHAR(64) NOT NULL
);
CREATE UNIQUE INDEX UX_api_keys_token ON dbo.api_keys (token);
