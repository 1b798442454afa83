CREATE SCHEMA reporting;

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    total numeric(14,2) NOT NULL
);
