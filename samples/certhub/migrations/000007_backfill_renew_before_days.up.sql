-- Give existing certificates their issuer's renewal window so the scheduler picks them up.
UPDATE certificates c
SET renew_before_days = i.default_renew_before_days
FROM issuers i
WHERE i.id = c.issuer_id
  AND c.renew_before_days IS NULL;

CREATE INDEX certificates_renewal_due_idx ON certificates (not_after) WHERE auto_renew;
