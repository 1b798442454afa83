-- Recreates the table empty; heartbeats and the deleted audit events are not restored.
CREATE TABLE agent_heartbeats (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent_id      uuid NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    agent_version text,
    CONSTRAINT agent_heartbeats_agent_id_fkey
        FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE CASCADE
);

CREATE INDEX agent_heartbeats_agent_id_received_at_idx ON agent_heartbeats (agent_id, received_at DESC);
