CREATE TABLE projects (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    project_id bigint NOT NULL
);
