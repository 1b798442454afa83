CREATE TABLE profiles (
    user_id bigint,
    bio text
);
