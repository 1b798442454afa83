#!/usr/bin/env python3
"""Times whole processes side by side: runs each command in turn, N rounds (alternating, so drift in
the machine's load hits all of them alike), and prints each command's median and 25th-percentile
wall time, its median CPU time (user and system, children included), and its ratios to the first
command's. On a shared machine the 25th percentile shows the rounds the neighbours left alone. Output of the commands is discarded; a command that fails (exit code other
than 0 or 1, the linters' 'found something') in its warm-up run stops the benchmark.

usage: measure.py [--files LIST] ROUNDS NAME=COMMAND [NAME=COMMAND ...]

A command is run by the shell, unless it holds the word {files}: then it is split into words and
run directly, with {files} replaced by every line of LIST as one argument each (a list of a thousand
paths is too long for one shell command string).
"""
import shlex
import resource
import statistics
import subprocess
import sys
import time


def expand(command: str, files: list):
    if "{files}" not in shlex.split(command):
        return command, True
    words = []
    for word in shlex.split(command):
        words.extend(files if word == "{files}" else [word])
    return words, False


def main() -> int:
    arguments = sys.argv[1:]
    files = []
    if arguments[0] == "--files":
        with open(arguments[1], encoding="utf-8") as listing:
            files = [line.rstrip("\n") for line in listing if line.strip()]
        arguments = arguments[2:]
    rounds = int(arguments[0])
    commands = [(name, *expand(command, files)) for name, command in (arg.split("=", 1) for arg in arguments[1:])]
    times = {name: [] for name, _, _ in commands}
    cpu = {name: [] for name, _, _ in commands}
    for name, command, shell in commands:  # one warm-up run each: page cache, not process state
        # Linters exit 1 when they find something; anything else is a broken command.
        if subprocess.run(command, shell=shell, check=False, stdout=subprocess.DEVNULL).returncode not in (0, 1):
            raise SystemExit(f"measure: '{name}' failed in its warm-up run")
    for _ in range(rounds):
        for name, command, shell in commands:
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, shell=shell, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
    def quartile(values):
        return statistics.quantiles(values, n=4)[0] if len(values) > 1 else values[0]

    first = commands[0][0]
    baseline, baseline_quartile = statistics.median(times[first]), quartile(times[first])
    print(f"| command | median wall time | 25th percentile | min | max | CPU time (median) | ratio to {first} (median, 25th percentile) |")
    print("|---|---|---|---|---|---|---|")
    for name, _, _ in commands:
        median, low = statistics.median(times[name]), quartile(times[name])
        print(f"| {name} | {median * 1000:.1f} ms | {low * 1000:.1f} ms | {min(times[name]) * 1000:.1f} ms | {max(times[name]) * 1000:.1f} ms"
              f" | {statistics.median(cpu[name]) * 1000:.1f} ms | {median / baseline:.2f}, {low / baseline_quartile:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
