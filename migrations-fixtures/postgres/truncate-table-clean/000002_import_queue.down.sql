DROP TABLE import_queue;
