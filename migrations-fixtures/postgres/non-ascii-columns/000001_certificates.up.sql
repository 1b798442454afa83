CREATE TABLE certificates (
    id bigint PRIMARY KEY,
    subject text NOT NULL,
    thumbprint text
);

CREATE TABLE legacy_certificates (
    id bigint PRIMARY KEY,
    pem text NOT NULL
);
