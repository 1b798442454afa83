CREATE SCHEMA scratch;
CREATE TABLE scratch.import_rows (
    id bigint PRIMARY KEY,
    raw text NOT NULL
);
