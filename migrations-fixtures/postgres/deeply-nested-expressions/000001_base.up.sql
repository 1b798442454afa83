CREATE TABLE labels (id bigint PRIMARY KEY, name text NOT NULL);
