-- Who asked for the renewal: 'scheduler', 'api:<user>' or 'agent:<name>'.
ALTER TABLE renewal_jobs ADD COLUMN requested_by text NOT NULL;
