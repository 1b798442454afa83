ALTER TABLE teams RENAME CONSTRAINT teams_slug_key TO teams_slug_uq;
