CREATE TABLE invoices (
    id bigint NOT NULL,
    number text,
    status text NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);
