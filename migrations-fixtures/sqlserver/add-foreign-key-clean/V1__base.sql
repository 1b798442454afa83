CREATE TABLE dbo.users (
    id BIGINT IDENTITY(1,1) NOT NULL,
    email NVARCHAR(255) NOT NULL,
    name NVARCHAR(200) NULL,
    locale VARCHAR(10) NULL CONSTRAINT DF_users_locale DEFAULT 'en',
    score INT NULL,
    created_at DATETIME2 NOT NULL CONSTRAINT DF_users_created_at DEFAULT SYSUTCDATETIME(),
    CONSTRAINT PK_users PRIMARY KEY (id),
    CONSTRAINT UQ_users_email UNIQUE (email)
);
GO
