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
CREATE TABLE dbo.orders (
    id BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_orders PRIMARY KEY,
    user_id BIGINT NOT NULL CONSTRAINT FK_orders_users REFERENCES dbo.users (id),
    total DECIMAL(12,2) NOT NULL CONSTRAINT CK_orders_total CHECK (total >= 0),
    reference VARCHAR(40) NOT NULL CONSTRAINT UQ_orders_reference UNIQUE
);
GO
