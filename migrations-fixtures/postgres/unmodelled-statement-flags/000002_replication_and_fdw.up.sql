CREATE PUBLICATION app_changes FOR TABLE users;
CREATE SERVER legacy_db FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'legacy-db.internal', dbname 'legacy');
IMPORT FOREIGN SCHEMA public LIMIT TO (customers) FROM SERVER legacy_db INTO legacy_import;
SECURITY LABEL FOR selinux ON TABLE users IS 'system_u:object_r:sepgsql_table_t:s0';
