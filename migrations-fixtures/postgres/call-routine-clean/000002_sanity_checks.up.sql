SELECT 1;
SELECT id, email FROM users WHERE email LIKE '%@example.com';
