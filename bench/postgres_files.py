#!/usr/bin/env python3
"""Reads a `migrationlint check --format json` report on stdin and prints every PostgreSQL .sql file
it read, up and down scripts, one per line, sorted: the file list both benchmarks hand to each tool."""
import json
import sys

files = set()
for migration in json.load(sys.stdin)["migrations"]:
    if migration.get("dialect") == "postgres":
        files.update(f for f in (migration.get("upFile"), migration.get("downFile")) if f and f.endswith(".sql"))
print("\n".join(sorted(files)))
