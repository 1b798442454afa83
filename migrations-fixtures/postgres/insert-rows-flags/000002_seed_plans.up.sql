INSERT INTO plans (code, name) VALUES ('pro', 'Pro'), ('team', 'Team');
INSERT INTO plans (code, name) VALUES ('free', 'Free') ON CONFLICT (code) DO NOTHING;
COPY plans (code, name) FROM '/var/lib/postgresql/seed/plans.csv' WITH (FORMAT csv, HEADER true);
