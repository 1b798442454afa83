CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE invitations (
    id bigint PRIMARY KEY,
    inviter_email text NOT NULL,
    CONSTRAINT invitations_inviter_email_fkey FOREIGN KEY (inviter_email) REFERENCES users (email)
);
