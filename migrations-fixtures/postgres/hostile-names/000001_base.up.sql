CREATE TABLE t (
    id bigint PRIMARY KEY,
    x text,
    "100%0Aok" integer,
    "<b>bold</b> | `tick`" text
);
