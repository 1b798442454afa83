ALTER TABLE t RENAME COLUMN "id" TO id;
ALTER TABLE t RENAME COLUMN "##[error]legacy" TO "<b>bold</b> | `tick`";
ALTER TABLE t DROP CONSTRAINT "c,d:e%f";
ALTER TABLE t ADD COLUMN "100%0Aok" integer;
ALTER TABLE t RENAME COLUMN "y
::error::pwned" TO "x";
