CREATE TABLE reports (
    id bigint PRIMARY KEY,
    body text NOT NULL
);
GRANT ALL ON reports TO app_user;
REVOKE DELETE ON reports FROM app_user;
