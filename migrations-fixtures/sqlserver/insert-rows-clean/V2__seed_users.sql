EXEC dbo.seed_users;
