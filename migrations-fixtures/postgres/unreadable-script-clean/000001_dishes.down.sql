DROP TABLE dishes;
