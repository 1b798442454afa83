ALTER TABLE imports ALTER COLUMN external_ref TYPE integer USING external_ref::integer;
ALTER TABLE imports ALTER COLUMN legacy_id TYPE uuid USING legacy_id::uuid;
ALTER TABLE imports ALTER COLUMN score TYPE text;
ALTER TABLE imports ALTER COLUMN is_active TYPE integer USING is_active::integer;
ALTER TABLE imports ALTER COLUMN metadata TYPE jsonb USING metadata::jsonb;
ALTER TABLE imports ALTER COLUMN received_at TYPE timestamp;
