-- Agents have used mTLS client certificates since v1.2 (the shared token was only a fallback); retire the tokens.
ALTER TABLE agents DROP COLUMN legacy_token;
