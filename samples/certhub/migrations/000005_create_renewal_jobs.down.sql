DROP TABLE renewal_jobs;
DROP TYPE renewal_job_state;
