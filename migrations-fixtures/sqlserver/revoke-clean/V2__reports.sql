CREATE TABLE dbo.reports (
    id INT NOT NULL PRIMARY KEY
);
REVOKE SELECT ON dbo.reports FROM public;
