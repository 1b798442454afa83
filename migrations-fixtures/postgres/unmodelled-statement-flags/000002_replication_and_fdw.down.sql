SECURITY LABEL FOR selinux ON TABLE users IS NULL;
DROP FOREIGN TABLE IF EXISTS legacy_import.customers;
DROP SERVER legacy_db;
DROP PUBLICATION app_changes;
