DROP TABLE issuers;
DROP FUNCTION set_updated_at();
