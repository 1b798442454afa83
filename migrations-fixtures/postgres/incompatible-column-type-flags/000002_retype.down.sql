ALTER TABLE imports ALTER COLUMN received_at TYPE timestamptz;
ALTER TABLE imports ALTER COLUMN metadata TYPE text;
ALTER TABLE imports ALTER COLUMN is_active TYPE boolean USING is_active <> 0;
ALTER TABLE imports ALTER COLUMN score TYPE integer USING score::integer;
ALTER TABLE imports ALTER COLUMN legacy_id TYPE varchar(36);
ALTER TABLE imports ALTER COLUMN external_ref TYPE text;
