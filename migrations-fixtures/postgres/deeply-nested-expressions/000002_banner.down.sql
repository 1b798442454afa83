ALTER TABLE labels RENAME COLUMN title TO name;
DROP VIEW label_banner;
