-- SET TABLESPACE pg_default and SET ACCESS METHOD heap kept the defaults: nothing to undo for them.
ALTER INDEX users_name_idx RESET (fillfactor);
ALTER TABLE users SET WITHOUT CLUSTER;
ALTER TABLE users ALTER COLUMN name SET COMPRESSION DEFAULT;
ALTER TABLE users ALTER COLUMN name SET STORAGE EXTENDED;
ALTER TABLE users ALTER COLUMN name SET STATISTICS -1;
ALTER TABLE users RESET (fillfactor, autovacuum_vacuum_scale_factor);
