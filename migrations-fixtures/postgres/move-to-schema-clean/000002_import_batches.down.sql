DROP TABLE import_batches;
