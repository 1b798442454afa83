INSERT INTO plans (code, name) VALUES ('legacy', 'Legacy');
