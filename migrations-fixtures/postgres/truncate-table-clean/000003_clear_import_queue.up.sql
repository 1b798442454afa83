TRUNCATE import_queue;
