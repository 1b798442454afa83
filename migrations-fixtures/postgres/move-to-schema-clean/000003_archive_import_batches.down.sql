ALTER TABLE archive.import_batches SET SCHEMA public;
