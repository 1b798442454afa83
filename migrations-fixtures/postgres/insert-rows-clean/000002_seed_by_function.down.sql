DELETE FROM plans WHERE code = 'pro';
