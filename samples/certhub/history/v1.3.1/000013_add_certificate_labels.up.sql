-- Free-form labels for certificates (team, environment), shown in the UI.
ALTER TABLE certificates ADD COLUMN labels jsonb NOT NULL DEFAULT '{}'::jsonb;
