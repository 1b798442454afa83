-- Recreates the column and its constraint; the tokens themselves cannot be restored.
ALTER TABLE agents ADD COLUMN legacy_token text;
ALTER TABLE agents ADD CONSTRAINT agents_legacy_token_key UNIQUE (legacy_token);
