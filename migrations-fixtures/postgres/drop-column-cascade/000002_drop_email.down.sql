ALTER TABLE users ADD COLUMN email text;
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE invitations ADD CONSTRAINT invitations_inviter_email_fkey FOREIGN KEY (inviter_email) REFERENCES users (email);
