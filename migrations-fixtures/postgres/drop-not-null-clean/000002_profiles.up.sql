CREATE TABLE profiles (
    user_id bigint NOT NULL,
    bio text NOT NULL
);
