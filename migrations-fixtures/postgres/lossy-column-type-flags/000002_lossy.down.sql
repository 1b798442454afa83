ALTER TABLE measurements ALTER COLUMN recorded_at TYPE timestamptz;
ALTER TABLE measurements ALTER COLUMN taken_at TYPE timestamp;
ALTER TABLE measurements ALTER COLUMN weight TYPE double precision;
ALTER TABLE measurements ALTER COLUMN price TYPE numeric(10,2);
