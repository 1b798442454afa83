DROP FUNCTION seed_default_plans();
DROP TABLE plans;
