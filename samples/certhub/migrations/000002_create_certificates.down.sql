DROP TABLE certificates;
DROP TYPE certificate_status;
