-- Café menu: where each dish comes from
ALTER TABLE dishes ADD COLUMN origin text;
