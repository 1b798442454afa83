CREATE ROLE app_owner NOLOGIN;

CREATE TABLE documents (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    body text NOT NULL
);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message text NOT NULL
);

CREATE FUNCTION audit_document_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (message) VALUES ('document ' || NEW.id || ' changed');
    RETURN NEW;
END;
$$;

CREATE TRIGGER documents_audit AFTER UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION audit_document_change();

CREATE TABLE events (
    id bigint NOT NULL,
    occurred_on date NOT NULL
) PARTITION BY RANGE (occurred_on);

CREATE TABLE events_2024 (
    id bigint NOT NULL,
    occurred_on date NOT NULL
);
