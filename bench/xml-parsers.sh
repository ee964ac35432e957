#!/usr/bin/env bash
# The XML parser decision (docs/DEPENDENCIES.md): Parallax's feed reader (StAX + lenient fallback),
# the same format readers over jsoup's XML parser, and Rome 2.1 parse gofeed's XML test feeds in one
# run, and the synthetic news feeds of bench/gen_feeds.py; prints, per parser and set, feeds per
# second, and for gofeed's feeds the agreement with gofeed's expected output.
#
#   bench/xml-parsers.sh            # WARMUP=3 MEASURE=5 ROUNDS=3 (seconds; best round counts)
#
# Needs a JDK 25 (JAVA_HOME, or found under /usr/lib/jvm) and gofeed's test data (from
# $PARALLAX_DATASETS or a shared/datasets directory beside the checkout).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do
  [ -n "$c" ] && [ -x "$c/bin/javac" ] && { JAVA_HOME="$c"; break; }
done
export JAVA_HOME
data="${PARALLAX_DATASETS:-}"
if [ -z "$data" ]; then
  dir="$root"
  while [ "$dir" != "/" ]; do
    [ -d "$dir/shared/datasets" ] && { data="$dir/shared/datasets"; break; }
    dir="$(dirname "$dir")"
  done
fi
[ -d "$data/feeds/gofeed/testdata" ] || { echo "xml-parsers.sh: gofeed test data not found" >&2; exit 1; }
echo "building the feeds module (test classes included)..." >&2
(cd "$root" && ./mvnw -B -q -pl feeds -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test) >&2
classpath="$root/feeds/target/test-classes:$root/feeds/target/classes:$(cat "$root/feeds/target/bench-classpath.txt")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/synthetic"
"${PYTHON:-python3}" "$here/gen_feeds.py" "$work/synthetic" > "$work/synthetic.list"
"$JAVA_HOME/bin/java" -cp "$classpath" -Dlogback.configurationFile="$here/logback-bench.xml" \
  org.parallax.feeds.XmlParserComparison "$data/feeds/gofeed/testdata" "${WARMUP:-3}" "${MEASURE:-5}" "${ROUNDS:-3}" \
  "synthetic-news=$work/synthetic.list"
