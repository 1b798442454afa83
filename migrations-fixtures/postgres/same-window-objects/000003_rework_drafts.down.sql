CREATE TABLE drafts (
    id bigint PRIMARY KEY,
    title text,
    body text,
    author text
);
