#!/usr/bin/env python3
"""Writes a synthetic migration history for the scaling benchmark: N golang-migrate pairs
(NNNNNNN_name.up.sql / .down.sql) in one folder, the worst case for MigrationLint, which replays a
folder's history in order on one core. The mix follows what real projects do (the corpus): mostly
new tables, columns and indexes, some backfills, now and then a rename, a type change or a drop, so
every rule family fires and the catalog keeps growing. Deterministic: the same N gives the same files.

usage: generate.py N FOLDER
"""
import os
import random
import sys


def migration(number: int, tables: list, rng: random.Random):
    """(name, up, down) for migration `number`, given the tables created so far (mutated)."""
    if not tables or number % 8 == 1:
        table = f"table_{number}"
        tables.append({"name": table, "columns": ["name"], "next": 0})
        up = (f"CREATE TABLE {table} (\n"
              f"    id bigserial PRIMARY KEY,\n"
              f"    name varchar(200) NOT NULL,\n"
              f"    created_at timestamptz NOT NULL DEFAULT now()\n);\n"
              f"CREATE INDEX {table}_created_at_idx ON {table} (created_at);\n")
        return f"create_{table}", up, f"DROP TABLE {table};\n"
    # Recent tables change most, as in real projects.
    table = tables[max(0, len(tables) - 1 - int(rng.expovariate(0.2)))]
    name = table["name"]
    table["next"] += 1
    column = f"c{table['next']}"
    kind = rng.choices(
        ["add_nullable", "add_default", "index", "backfill", "widen", "comment", "view", "rename", "drop", "not_null"],
        weights=[30, 15, 15, 10, 8, 6, 6, 4, 3, 3])[0]
    if kind == "add_nullable":
        table["columns"].append(column)
        return (f"add_{name}_{column}", f"ALTER TABLE {name} ADD COLUMN {column} text;\n",
                f"ALTER TABLE {name} DROP COLUMN {column};\n")
    if kind == "add_default":
        table["columns"].append(column)
        return (f"add_{name}_{column}_default",
                f"ALTER TABLE {name} ADD COLUMN {column} integer NOT NULL DEFAULT 0;\n",
                f"ALTER TABLE {name} DROP COLUMN {column};\n")
    if kind == "index":
        return (f"index_{name}_{number}",
                f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name}_name_{number}_idx ON {name} (name);\n",
                f"DROP INDEX CONCURRENTLY IF EXISTS {name}_name_{number}_idx;\n")
    if kind == "backfill":
        return (f"backfill_{name}_{number}",
                f"UPDATE {name} SET name = trim(name) WHERE name <> trim(name);\n", "")
    if kind == "widen":
        return (f"widen_{name}_name_{number}",
                f"ALTER TABLE {name} ALTER COLUMN name TYPE varchar(400);\n",
                f"ALTER TABLE {name} ALTER COLUMN name TYPE varchar(200);\n")
    if kind == "comment":
        return (f"comment_{name}_{number}", f"COMMENT ON TABLE {name} IS 'revision {number}';\n",
                f"COMMENT ON TABLE {name} IS NULL;\n")
    if kind == "view":
        return (f"view_{name}_{number}",
                f"CREATE OR REPLACE VIEW {name}_recent_{number} AS\n"
                f"    SELECT id, name FROM {name} WHERE created_at > now() - interval '7 days';\n",
                f"DROP VIEW {name}_recent_{number};\n")
    extra = [c for c in table["columns"] if c != "name"]
    if kind == "rename" and extra:
        old = extra[-1]
        new = f"{old}_r{number}"
        table["columns"][table["columns"].index(old)] = new
        return (f"rename_{name}_{old}", f"ALTER TABLE {name} RENAME COLUMN {old} TO {new};\n",
                f"ALTER TABLE {name} RENAME COLUMN {new} TO {old};\n")
    if kind == "drop" and extra:
        old = extra[0]
        table["columns"].remove(old)
        return (f"drop_{name}_{old}", f"ALTER TABLE {name} DROP COLUMN {old};\n",
                f"ALTER TABLE {name} ADD COLUMN {old} text;\n")
    table["columns"].append(column)
    return (f"require_{name}_{column}",
            f"ALTER TABLE {name} ADD COLUMN {column} text;\nUPDATE {name} SET {column} = name;\n"
            f"ALTER TABLE {name} ALTER COLUMN {column} SET NOT NULL;\n",
            f"ALTER TABLE {name} DROP COLUMN {column};\n")


def main() -> int:
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20261126)
    tables: list = []
    width = max(6, len(str(count)))
    for number in range(1, count + 1):
        name, up, down = migration(number, tables, rng)
        stem = os.path.join(folder, f"{number:0{width}d}_{name}")
        with open(f"{stem}.up.sql", "w", encoding="utf-8") as file:
            file.write(f"-- generated migration {number}\n{up}")
        with open(f"{stem}.down.sql", "w", encoding="utf-8") as file:
            file.write(down or "-- nothing to undo: the backfill is idempotent\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
