-- agents.last_seen_at replaces the heartbeat log; drop it and the audit noise it produced.
DELETE FROM audit_events WHERE action = 'agent.heartbeat_missed';

DROP TABLE agent_heartbeats;
