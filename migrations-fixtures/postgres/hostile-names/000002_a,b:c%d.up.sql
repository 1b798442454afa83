-- Hostile names: a newline and a workflow command inside a quoted identifier, percent escapes,
-- HTML, pipes and backticks, and the legacy "##[" command prefix. Every report format must keep
-- them as data.
ALTER TABLE t RENAME COLUMN "x" TO "y
::error::pwned";
ALTER TABLE t DROP COLUMN "100%0Aok";
ALTER TABLE t ADD CONSTRAINT "c,d:e%f" CHECK (id > 0);
ALTER TABLE t RENAME COLUMN "<b>bold</b> | `tick`" TO "##[error]legacy";
DO $$
BEGIN
    EXECUTE 'ALTER TABLE t ADD COLUMN ' || quote_ident('z%0A::warning::x');
END
$$;
ALTER TABLE t RENAME COLUMN id TO "id";
