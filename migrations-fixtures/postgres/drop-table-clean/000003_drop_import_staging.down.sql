CREATE TABLE import_staging (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
);
