-- CLUSTER ... USING marked users_pkey as the clustering index; the rest changed no schema.
ALTER TABLE users SET WITHOUT CLUSTER;
