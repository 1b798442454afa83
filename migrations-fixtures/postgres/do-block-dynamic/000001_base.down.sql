DROP TABLE invoices;
DROP TABLE projects;
