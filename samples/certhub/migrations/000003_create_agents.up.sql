-- Agents run on the target hosts, fetch issued certificates and write them to disk.
CREATE TABLE agents (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name         varchar(255) NOT NULL,
    hostname     text NOT NULL,
    version      text,
    last_seen_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    legacy_token text,
    CONSTRAINT agents_name_key UNIQUE (name),
    CONSTRAINT agents_legacy_token_key UNIQUE (legacy_token)
);

CREATE TRIGGER agents_set_updated_at
    BEFORE UPDATE ON agents
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE certificate_deployments (
    certificate_id uuid NOT NULL,
    agent_id       uuid NOT NULL,
    target_path    text NOT NULL,
    deployed_at    timestamptz,
    CONSTRAINT certificate_deployments_pkey PRIMARY KEY (certificate_id, agent_id, target_path),
    CONSTRAINT certificate_deployments_certificate_id_fkey
        FOREIGN KEY (certificate_id) REFERENCES certificates (id) ON DELETE CASCADE,
    CONSTRAINT certificate_deployments_agent_id_fkey
        FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE CASCADE
);

CREATE INDEX certificate_deployments_agent_id_idx ON certificate_deployments (agent_id);

CREATE TABLE agent_heartbeats (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent_id      uuid NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    agent_version text,
    CONSTRAINT agent_heartbeats_agent_id_fkey
        FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE CASCADE
);

CREATE INDEX agent_heartbeats_agent_id_received_at_idx ON agent_heartbeats (agent_id, received_at DESC);
