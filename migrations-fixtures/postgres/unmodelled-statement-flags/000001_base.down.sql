DROP SCHEMA legacy_import;
DROP EXTENSION IF EXISTS postgres_fdw;
DROP TABLE users;
