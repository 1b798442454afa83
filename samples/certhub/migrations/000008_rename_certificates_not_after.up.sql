-- The API and the scheduler call it expires_at; make the column match.
-- Guarded: clusters patched with the 1.2.0-rc.1 hotfix already have the new name.
DO $$
BEGIN
    IF EXISTS (
        SELECT 1
        FROM information_schema.columns
        WHERE table_name = 'certificates'
          AND column_name = 'not_after'
    ) THEN
        ALTER TABLE certificates RENAME COLUMN not_after TO expires_at;
    END IF;
END
$$;

ALTER INDEX IF EXISTS certificates_not_after_idx RENAME TO certificates_expires_at_idx;
