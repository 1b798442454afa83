CREATE TABLE accounts (
    id bigint NOT NULL,
    email text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_email_key UNIQUE (email)
);

CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    during tstzrange NOT NULL,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&)
);
