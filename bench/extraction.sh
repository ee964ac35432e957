#!/usr/bin/env bash
# Article extraction throughput: Parallax's extractor against Debian's python3-readability
# (readability-lxml) on the same pages, in one run.
#
#   bench/extraction.sh [FILE_OR_DIR...]     (default: the Zyte benchmark pages of the evaluation data)
#
# Needs: a JDK 25 (found as ./parallax finds it), and Debian's python3-readability under
# /usr/bin/python3 (apt-get install -y python3-readability). This script installs nothing.
# WARMUP_SECONDS (default 8) and MEASURE_SECONDS (default 15) set the durations of each side in each
# of ROUNDS rounds (default 2; the best round of each side counts, as the least disturbed by other work).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warmup="${WARMUP_SECONDS:-8}"
measure="${MEASURE_SECONDS:-15}"
rounds="${ROUNDS:-2}"
python=/usr/bin/python3

if ! "$python" -c 'import readability' 2>/dev/null; then
  echo "bench/extraction.sh: needs Debian's python3-readability: apt-get install -y python3-readability" >&2
  exit 1
fi

java_home=""
for c in "${PARALLAX_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do
  if [ -n "$c" ] && [ -x "$c/bin/java" ] \
      && "$c/bin/java" -XshowSettings:properties -version 2>&1 | grep -Eq 'java\.specification\.version = (2[5-9]|[3-9][0-9])'; then
    java_home="$c"
    break
  fi
done
if [ -z "$java_home" ]; then
  echo "bench/extraction.sh: needs a JDK 25; set JAVA_HOME or PARALLAX_JAVA_HOME" >&2
  exit 1
fi

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  dir=""
  if [ -n "${PARALLAX_DATASETS:-}" ]; then
    dir="$PARALLAX_DATASETS/extraction/zyte/html"
  else
    at="$here"
    while [ "$at" != "/" ]; do
      if [ -d "$at/shared/datasets/extraction/zyte/html" ]; then dir="$at/shared/datasets/extraction/zyte/html"; break; fi
      at="$(dirname "$at")"
    done
  fi
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    echo "bench/extraction.sh: give page files or directories, or set PARALLAX_DATASETS" >&2
    exit 1
  fi
  pages=("$dir")
fi

jar="$here/app/target/parallax.jar"
if [ ! -f "$jar" ]; then
  echo "building Parallax (app/target/parallax.jar)..." >&2
  (cd "$here" && JAVA_HOME="$java_home" ./mvnw -B -q -DskipTests package -pl app -am) >&2
fi

echo "Both sides read and decode all pages into memory first, then extract them over and over on one"
echo "thread: ${warmup} s of warm-up (JIT compilation on the JVM), then ${measure} s measured (whole passes),"
echo "in ${rounds} rounds that alternate the two; the best round of each counts."
echo "Start-up, file reading and decompression are not measured. Parallax: HtmlExtractor.extract (metadata"
echo "and main text). readability: Document(html).summary(), short_title() and the summary's text."
echo "Rates are per second of each process's CPU time (on the JVM: garbage collection and JIT threads"
echo "included), which other work on the machine does not inflate as it does wall-clock time (shown too);"
echo "the ratio is of the CPU-time rates."
echo
rate() { sed -n 's/.*CPU time: \([0-9.]*\) pages\/s.*/\1/p' <<<"$1"; }
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 > b + 0) ? a : b }'; }
parallax_best=0
readability_best=0
for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds"
  line="$("$java_home/bin/java" -cp "$jar:$here/app/target/lib/*" \
    org.parallax.eval.ExtractionThroughput "$warmup" "$measure" "${pages[@]}")"
  echo "  $line"
  parallax_best="$(best "$parallax_best" "$(rate "$line")")"
  line="$("$python" "$here/bench/readability_throughput.py" "$warmup" "$measure" "${pages[@]}")"
  echo "  $line"
  readability_best="$(best "$readability_best" "$(rate "$line")")"
done

awk -v p="$parallax_best" -v r="$readability_best" 'BEGIN {
  printf "best rounds: parallax %.1f pages/s, readability %.1f pages/s (per second of CPU time)\n", p, r
  printf "ratio: parallax is %.1fx as fast as readability\n", p / r
}'
