CREATE TABLE measurements (
    id bigint PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    weight double precision,
    taken_at timestamp NOT NULL,
    recorded_at timestamptz NOT NULL,
    amount numeric(12,2) NOT NULL
);
