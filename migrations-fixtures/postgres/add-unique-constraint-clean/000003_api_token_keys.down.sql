ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_token_key;
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_pkey;
