#!/usr/bin/env python3
"""Python side of bench/feeds.sh: parses the feeds named in list files with feedparser, after one
warm-up pass, for a measured period of process CPU time (as the Java side measures its own), and
prints one line per set in the same form as the Java side:
set=NAME feeds=N parsed=P items=I seconds=S feeds_per_s=X"""
import sys
import time

import feedparser


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: feedparser_bench.py WARMUP_SECONDS MEASURE_SECONDS NAME=LIST_FILE...")
    warmup, measure = float(argv[0]), float(argv[1])
    for spec in argv[2:]:
        name, list_file = spec.split("=", 1)
        with open(list_file) as listing:
            bodies = [open(line.strip(), "rb").read() for line in listing if line.strip()]
        deadline = time.perf_counter() + warmup
        while True:
            for body in bodies:
                feedparser.parse(body)
            if time.perf_counter() >= deadline:
                break
        start = time.process_time()
        deadline = start + measure
        feeds = parsed = items = passes = 0
        while True:
            for body in bodies:
                result = feedparser.parse(body)
                feeds += 1
                if result.get("version") or result.entries:
                    parsed += 1
                items += len(result.entries)
            passes += 1
            if time.process_time() >= deadline:
                break
        seconds = time.process_time() - start
        print("set=%s feeds=%d parsed=%d items=%d seconds=%.2f feeds_per_s=%.1f"
              % (name, len(bodies), parsed // passes, items // passes, seconds, feeds / seconds))


if __name__ == "__main__":
    main(sys.argv[1:])
