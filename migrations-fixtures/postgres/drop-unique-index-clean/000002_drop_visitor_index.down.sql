CREATE INDEX events_unique_visitor_idx ON events (visitor_id, occurred_at);
