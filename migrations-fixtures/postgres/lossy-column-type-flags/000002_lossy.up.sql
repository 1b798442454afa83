ALTER TABLE measurements ALTER COLUMN price TYPE integer;
ALTER TABLE measurements ALTER COLUMN weight TYPE real;
ALTER TABLE measurements ALTER COLUMN taken_at TYPE date;
ALTER TABLE measurements ALTER COLUMN recorded_at TYPE timestamptz(0);
