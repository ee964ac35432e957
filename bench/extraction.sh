#!/usr/bin/env bash
# Article extraction throughput: Parallax's extractor against Debian's python3-readability
# (readability-lxml) on the same pages, in one run.
#
#   bench/extraction.sh [FILE_OR_DIR...]     (default: the Zyte benchmark pages of the evaluation data)
#
# Needs: a JDK 25 (found as ./parallax finds it), and Debian's python3-readability under
# /usr/bin/python3 (apt-get install -y python3-readability). This script installs nothing.
# WARMUP_SECONDS (default 5) and MEASURE_SECONDS (default 20) set the durations of each side.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warmup="${WARMUP_SECONDS:-5}"
measure="${MEASURE_SECONDS:-20}"
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
echo "thread: ${warmup} s of warm-up (JIT compilation on the JVM), then ${measure} s measured (whole passes)."
echo "Start-up, file reading and decompression are not measured. Parallax: HtmlExtractor.extract (metadata"
echo "and main text). readability: Document(html).summary(), short_title() and the summary's text."
echo
parallax_line="$("$java_home/bin/java" -cp "$jar:$here/app/target/lib/*" \
  org.parallax.app.eval.ExtractionThroughput "$warmup" "$measure" "${pages[@]}")"
echo "$parallax_line"
readability_line="$("$python" "$here/bench/readability_throughput.py" "$warmup" "$measure" "${pages[@]}")"
echo "$readability_line"

rate() { sed -n 's/.*: \([0-9.]*\) pages\/s.*/\1/p' <<<"$1"; }
awk -v p="$(rate "$parallax_line")" -v r="$(rate "$readability_line")" \
  'BEGIN { printf "ratio: parallax is %.1fx as fast as readability (%.1f vs %.1f pages/s)\n", p / r, p, r }'
