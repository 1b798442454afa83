SELECT dbo.display_name(1);
SELECT COUNT(*) FROM dbo.users WHERE UPPER(name) LIKE N'A%';
