DECLARE @column SYSNAME = N'score';
DECLARE @sql NVARCHAR(MAX) = N'ALTER TABLE dbo.users DROP COLUMN ' + QUOTENAME(@column);
EXEC sp_executesql @sql;
DECLARE @old NVARCHAR(300) = N'dbo.users.name', @new SYSNAME = N'full_name';
EXEC sp_rename @old, @new, 'COLUMN';
