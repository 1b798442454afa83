EXEC dbo.sp_describe_users N'name', N'Display name';
