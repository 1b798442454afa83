ALTER TABLE import_batches SET SCHEMA archive;
