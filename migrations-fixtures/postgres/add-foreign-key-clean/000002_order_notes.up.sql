CREATE TABLE order_notes (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL,
    body text NOT NULL
);
ALTER TABLE order_notes ADD CONSTRAINT order_notes_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
