SELECT refresh_user_stats();
CALL archive_users(3650);
DO $$
BEGIN
    PERFORM refresh_user_stats();
END
$$;
