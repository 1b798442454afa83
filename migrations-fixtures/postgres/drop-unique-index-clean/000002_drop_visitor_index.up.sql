DROP INDEX events_unique_visitor_idx;
