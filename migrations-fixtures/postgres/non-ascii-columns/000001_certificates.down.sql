DROP TABLE legacy_certificates;
DROP TABLE certificates;
