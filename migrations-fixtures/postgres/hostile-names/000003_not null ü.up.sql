-- A file name with spaces and a non-ASCII letter: SARIF URIs percent-encode them.
ALTER TABLE t ALTER COLUMN "##[error]legacy" SET NOT NULL;
