CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, handle text NOT NULL);
