CREATE TABLE plans (
    code text PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO plans (code, name) VALUES ('free', 'Free'), ('legacy', 'Legacy');
