CREATE TABLE teams (
    id bigint PRIMARY KEY,
    slug text NOT NULL,
    CONSTRAINT teams_slug_uq UNIQUE (slug)
);
