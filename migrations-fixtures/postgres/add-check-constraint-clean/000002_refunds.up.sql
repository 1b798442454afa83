CREATE TABLE refunds (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL,
    amount numeric(12,2) NOT NULL
);
ALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount > 0);
