#!/usr/bin/env bash
# Feed-parsing benchmark: Parallax's FeedParser and Debian's python3-feedparser parse the same
# feeds in one run; prints feeds per second for both and the ratio, per set of feeds.
#
#   bench/feeds.sh            # ROUNDS=3 WARMUP=3 MEASURE=5 (seconds per set, parser and round)
#
# Needs: a JDK 25 (JAVA_HOME, or found under /usr/lib/jvm), and a python3 that can import
# feedparser (Debian: apt-get install python3-feedparser; PYTHON=... picks the interpreter).
# The sets: gofeed's XML test feeds (from $PARALLAX_DATASETS or a shared/datasets directory
# beside the checkout; skipped when absent) and synthetic news feeds that bench/gen_feeds.py writes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
warmup="${WARMUP:-3}"
measure="${MEASURE:-5}"
rounds="${ROUNDS:-3}"

find_jdk() {
  local c
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/javac" ] || continue
    if "$c/bin/java" -XshowSettings:properties -version 2>&1 | grep -Eq 'java\.specification\.version = (2[5-9]|[3-9][0-9])'; then
      echo "$c"; return 0
    fi
  done
  return 1
}
find_python() {
  local p
  for p in "${PYTHON:-}" python3 /usr/bin/python3; do
    [ -n "$p" ] && command -v "$p" >/dev/null 2>&1 || continue
    if "$p" -c 'import feedparser' >/dev/null 2>&1; then echo "$p"; return 0; fi
  done
  return 1
}
find_datasets() {
  if [ -n "${PARALLAX_DATASETS:-}" ]; then echo "$PARALLAX_DATASETS"; return 0; fi
  local dir="$root"
  while [ "$dir" != "/" ]; do
    [ -d "$dir/shared/datasets" ] && { echo "$dir/shared/datasets"; return 0; }
    dir="$(dirname "$dir")"
  done
  return 1
}

JAVA_HOME="$(find_jdk)" || { echo "feeds.sh: needs a JDK 25 (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME
python="$(find_python)" || { echo "feeds.sh: needs python3 with feedparser (apt-get install python3-feedparser)" >&2; exit 1; }

echo "building the feeds module (test classes included)..." >&2
(cd "$root" && ./mvnw -B -q -pl feeds -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test) >&2
classpath="$root/feeds/target/test-classes:$root/feeds/target/classes:$(cat "$root/feeds/target/bench-classpath.txt")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sets=()
if datasets="$(find_datasets)" && [ -d "$datasets/feeds/gofeed/testdata" ]; then
  find "$datasets/feeds/gofeed/testdata" -name '*.xml' | sort > "$work/gofeed.list"
  sets+=("gofeed-testdata=$work/gofeed.list")
else
  echo "feeds.sh: gofeed test data not found; only the synthetic set runs" >&2
fi
mkdir -p "$work/synthetic"
"$python" "$here/gen_feeds.py" "$work/synthetic" > "$work/synthetic.list"
sets+=("synthetic-news=$work/synthetic.list")

# Rounds alternate which parser goes first, and each set is measured by both back to back, in CPU
# time, so that load from other processes on the machine falls on both alike and little; the
# medians are reported.
run_parallax() { "$JAVA_HOME/bin/java" -cp "$classpath" org.parallax.feeds.FeedParseBench "$warmup" "$measure" "$1"; }
run_feedparser() { "$python" "$here/feedparser_bench.py" "$warmup" "$measure" "$1"; }
value() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<< "$1"; }
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "feedparser $("$python" -c 'import feedparser; print(feedparser.__version__)'), $rounds rounds," \
  "warm-up ${warmup}s and ${measure}s measured per set, parser and round" >&2
declare -A p_rates f_rates ratios counts
for round in $(seq 1 "$rounds"); do
  for spec in "${sets[@]}"; do
    name="${spec%%=*}"
    if [ $((round % 2)) -eq 1 ]; then
      p_out="$(run_parallax "$spec")"; f_out="$(run_feedparser "$spec")"
    else
      f_out="$(run_feedparser "$spec")"; p_out="$(run_parallax "$spec")"
    fi
    p="$(value "$p_out" feeds_per_s)"; f="$(value "$f_out" feeds_per_s)"
    echo "round $round  parallax:   $p_out" >&2
    echo "round $round  feedparser: $f_out" >&2
    p_rates[$name]+="$p "; f_rates[$name]+="$f "
    ratios[$name]+="$(awk -v p="$p" -v f="$f" 'BEGIN { print p / f }') "
    counts[$name]="$(value "$p_out" feeds)"
  done
done

printf '%-16s %6s %18s %20s %8s\n' set feeds parallax_feeds/s feedparser_feeds/s ratio
for spec in "${sets[@]}"; do
  name="${spec%%=*}"
  printf '%-16s %6d %18.1f %20.1f %7.1fx\n' "$name" "${counts[$name]}" \
    "$(median <<< "${p_rates[$name]}")" "$(median <<< "${f_rates[$name]}")" "$(median <<< "${ratios[$name]}")"
done
