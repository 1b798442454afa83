CREATE TABLE accounts (
    id bigint NOT NULL,
    email text NOT NULL,
    handle text
);

CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    room_id bigint NOT NULL,
    during tstzrange NOT NULL
);
