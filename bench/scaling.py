#!/usr/bin/env python3
"""How `migrationlint check` grows with the size of a history: generates 1,000, 10,000 and 100,000
migrations (bench/generate.py) and times two runs per size, printing wall time and peak memory
(max RSS), medians of ROUNDS runs:

- whole folder: every migration under review and judged, the full JSON report written to /dev/null
  (the report itself grows with the folder);
- release window: the newest 10 up files named on the command line, as a pull request or a release
  does; the rest of the folder is history, replayed but not reported.

usage: scaling.py MIGRATIONLINT [ROUNDS] [SIZES...]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command):
    """Wall seconds and max RSS (KiB) of one run of `command`, its output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return elapsed, usage.ru_maxrss


def folder_size(folder):
    names = os.listdir(folder)
    return len(names), sum(os.path.getsize(os.path.join(folder, name)) for name in names)


def main() -> int:
    tool = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    sizes = [int(size) for size in sys.argv[3:]] or [1_000, 10_000, 100_000]
    print("| run | migrations | files | bytes | median wall time | per migration | max RSS | time vs previous size | memory vs previous size |")
    print("|---|---|---|---|---|---|---|---|---|")
    previous = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            folder = os.path.join(scratch, str(size))
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(size), folder], check=True)
            files, size_bytes = folder_size(folder)
            newest = sorted(name for name in os.listdir(folder) if name.endswith(".up.sql"))[-10:]
            runs = {
                "whole folder": [tool, "check", folder, "--format", "json", "--fail-on", "never"],
                "release window (newest 10)": [tool, "check", *(os.path.join(folder, name) for name in newest),
                                               "--format", "json", "--fail-on", "never"],
            }
            for name, command in runs.items():
                run(command)  # warm-up: the page cache, not the process
                samples = [run(command) for _ in range(rounds)]
                wall = statistics.median(s[0] for s in samples)
                rss = statistics.median(s[1] for s in samples)
                before = previous.get(name)
                growth = "" if before is None else f"{wall / before[0]:.1f}× for {size // before[2]}× the migrations"
                memory = "" if before is None else f"{rss / before[1]:.2f}×"
                print(f"| {name} | {size:,} | {files:,} | {size_bytes / 1e6:.1f} MB | {wall:.2f} s | {wall / size * 1e6:.0f} µs "
                      f"| {rss / 1024:.0f} MB | {growth} | {memory} |", flush=True)
                previous[name] = (wall, rss, size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
