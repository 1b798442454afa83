CREATE TABLE events (
    id bigint PRIMARY KEY,
    visitor_id bigint NOT NULL,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX events_unique_visitor_idx ON events (visitor_id, occurred_at);
