DROP TABLE events_2024;
DROP TABLE users_backup;
DROP TABLE IF EXISTS order_notes;
DROP TABLE orders;
