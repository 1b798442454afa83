ALTER TABLE users SET (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.02);
ALTER TABLE users ALTER COLUMN name SET STATISTICS 500;
ALTER TABLE users ALTER COLUMN name SET STORAGE EXTERNAL;
ALTER TABLE users ALTER COLUMN name SET COMPRESSION pglz;
ALTER TABLE users CLUSTER ON users_name_idx;
ALTER INDEX users_name_idx SET (fillfactor = 80);
ALTER TABLE users SET TABLESPACE pg_default;
ALTER TABLE users SET ACCESS METHOD heap;
