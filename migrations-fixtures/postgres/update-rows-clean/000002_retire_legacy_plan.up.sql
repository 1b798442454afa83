DELETE FROM plans WHERE code = 'legacy';
