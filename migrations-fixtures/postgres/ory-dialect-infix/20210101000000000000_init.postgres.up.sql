CREATE TABLE identities (
    id uuid PRIMARY KEY,
    nid varchar(255) NOT NULL,
    traits jsonb NOT NULL
);
