DROP TABLE events_2024;
DROP TABLE events;
DROP TRIGGER documents_audit ON documents;
DROP FUNCTION audit_document_change();
DROP TABLE audit_log;
DROP TABLE documents;
DROP ROLE app_owner;
