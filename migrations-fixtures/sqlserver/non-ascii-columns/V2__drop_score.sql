/* Größe 📏 */ ALTER TABLE dbo.users DROP COLUMN score;
