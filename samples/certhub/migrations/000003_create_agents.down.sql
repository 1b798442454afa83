DROP TABLE agent_heartbeats;
DROP TABLE certificate_deployments;
DROP TABLE agents;
