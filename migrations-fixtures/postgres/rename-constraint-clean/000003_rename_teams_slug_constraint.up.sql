ALTER TABLE teams RENAME CONSTRAINT teams_slug_uq TO teams_slug_key;
