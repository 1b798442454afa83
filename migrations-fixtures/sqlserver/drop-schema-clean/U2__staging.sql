DROP SCHEMA staging;
