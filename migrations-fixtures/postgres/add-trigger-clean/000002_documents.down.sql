DROP TABLE documents;
DROP FUNCTION set_updated_at();
