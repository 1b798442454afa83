SELECT seed_default_plans();
