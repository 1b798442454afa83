CREATE TABLE dbo.teams (
    id INT NOT NULL,
    slug VARCHAR(40) NOT NULL
);
