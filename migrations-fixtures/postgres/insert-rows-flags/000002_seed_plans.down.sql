-- Rows loaded by COPY are listed in plans.csv; remove them by hand if needed.
DELETE FROM plans WHERE code IN ('pro', 'team');
