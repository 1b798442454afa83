DROP TABLE bookings;
DROP TABLE accounts;
