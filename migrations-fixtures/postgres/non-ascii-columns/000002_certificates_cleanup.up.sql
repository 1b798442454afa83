-- Certificats émis — 证书
COMMENT ON TABLE certificates IS 'Certificats émis — 证书'; DROP TABLE legacy_certificates;
/* 证书 café */ ALTER TABLE certificates DROP COLUMN thumbprint;
