DROP ROLE replicator;
DROP EXTENSION IF EXISTS postgres_fdw;
