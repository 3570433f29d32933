#!/usr/bin/env python3
"""Frame time of every area, this tree against an earlier revision, measured side by side.

scripts/bench --frames-against REV builds REV's code with today's tests/bench/native_bench.cpp
(in a git worktree under build/bench-baseline/REV, so the same figures are measured the same
way) and runs the two benchmarks alternately, ROUNDS times each. Each figure is the best of its
runs (another process slows a run, never speeds it up). Prints one line per area with the
change in per cent and marks those more than 10 % slower.
"""
import re
import subprocess
import sys
from collections import defaultdict

LINE = re.compile(r"^  (\S.*?)\s+([0-9.]+) us$")


def areas(binary):
    out = subprocess.run([binary], capture_output=True, text=True, check=True).stdout
    return {m.group(1): float(m.group(2)) for m in map(LINE.match, out.splitlines()) if m}


def main():
    baseline, current, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5
    runs = {"baseline": defaultdict(list), "current": defaultdict(list)}
    for _ in range(rounds):
        for name, binary in (("baseline", baseline), ("current", current)):
            for area, us in areas(binary).items():
                runs[name][area].append(us)
    slower = 0
    print("%-30s %10s %10s %8s" % ("frame of each area (us)", "baseline", "now", "change"))
    for area, now in runs["current"].items():
        before = runs["baseline"].get(area)
        if not before:
            print("%-30s %10s %10.1f" % (area, "-", min(now)))
            continue
        b, n = min(before), min(now)
        change = 100.0 * (n - b) / b
        flag = "  > 10 % slower" if change > 10 else ""
        slower += change > 10
        print("%-30s %10.1f %10.1f %+7.0f %%%s" % (area, b, n, change, flag))
    return 1 if slower else 0


if __name__ == "__main__":
    sys.exit(main())
