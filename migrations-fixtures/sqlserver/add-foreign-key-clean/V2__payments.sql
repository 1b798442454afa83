CREATE TABLE dbo.payments (
    id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL
);
ALTER TABLE dbo.payments ADD CONSTRAINT FK_payments_users FOREIGN KEY (user_id) REFERENCES dbo.users (id) ON DELETE CASCADE;
