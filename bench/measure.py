#!/usr/bin/env python3
"""Times whole processes side by side: runs each command in turn, N rounds (alternating, so drift in
the machine's load hits all of them alike), and prints each command's median wall time and its ratio
to the first command's. Output of the commands is discarded; a failing command stops the benchmark.

usage: measure.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]
"""
import statistics
import subprocess
import sys
import time


def main() -> int:
    rounds = int(sys.argv[1])
    commands = [arg.split("=", 1) for arg in sys.argv[2:]]
    times = {name: [] for name, _ in commands}
    for name, command in commands:  # one warm-up run each: page cache, not process state
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
    for _ in range(rounds):
        for name, command in commands:
            start = time.perf_counter()
            subprocess.run(command, shell=True, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    baseline = statistics.median(times[commands[0][0]])
    print(f"| command | median wall time | min | max | ratio to {commands[0][0]} |")
    print("|---|---|---|---|---|")
    for name, _ in commands:
        median = statistics.median(times[name])
        print(f"| {name} | {median * 1000:.1f} ms | {min(times[name]) * 1000:.1f} ms | {max(times[name]) * 1000:.1f} ms | {median / baseline:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
