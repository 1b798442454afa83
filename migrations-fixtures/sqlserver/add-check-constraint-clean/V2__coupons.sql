CREATE TABLE dbo.coupons (
    code VARCHAR(20) NOT NULL PRIMARY KEY,
    percent_off INT NOT NULL
);
ALTER TABLE dbo.coupons ADD CONSTRAINT CK_coupons_percent CHECK (percent_off BETWEEN 1 AND 100);
