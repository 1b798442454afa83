ALTER TABLE drafts RENAME COLUMN title TO heading;
ALTER TABLE drafts DROP COLUMN author;
ALTER TABLE drafts ALTER COLUMN body TYPE varchar(100);
ALTER TABLE drafts RENAME TO draft_posts;
DROP TABLE draft_posts;
