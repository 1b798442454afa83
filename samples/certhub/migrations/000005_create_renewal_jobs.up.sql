-- Renewal queue for the scheduler (v1.1): one active job per certificate.
CREATE TYPE renewal_job_state AS ENUM ('queued', 'running', 'succeeded', 'failed');

CREATE TABLE renewal_jobs (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    certificate_id uuid NOT NULL,
    state          renewal_job_state NOT NULL DEFAULT 'queued',
    attempts       integer NOT NULL DEFAULT 0,
    scheduled_for  timestamptz NOT NULL DEFAULT now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    last_error     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT renewal_jobs_certificate_id_fkey
        FOREIGN KEY (certificate_id) REFERENCES certificates (id) ON DELETE CASCADE
);

CREATE INDEX renewal_jobs_state_scheduled_for_idx ON renewal_jobs (state, scheduled_for);
CREATE UNIQUE INDEX renewal_jobs_one_active_per_certificate
    ON renewal_jobs (certificate_id)
    WHERE state IN ('queued', 'running');

CREATE TRIGGER renewal_jobs_set_updated_at
    BEFORE UPDATE ON renewal_jobs
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
