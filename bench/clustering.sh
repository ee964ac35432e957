#!/usr/bin/env bash
# Story engine benchmark: placement time per article as the archive grows (10,000 to 100,000
# articles by default), memory per open article, and pipeline throughput against raw embedding
# throughput, measured in one run. Options go to the Java entry point, for example:
#   bench/clustering.sh --articles 200000 --pool 3000 --per-day 500 --step 10000
# See eval/src/main/java/org/parallax/eval/bench/ClusteringBenchmark.java for what each figure means.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${JAVA_HOME:-}" ]; then
  for c in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do [ -x "$c/bin/java" ] && JAVA_HOME="$c" && break; done
fi
export JAVA_HOME
(cd "$here" && ./mvnw -B -q -pl app -am package -DskipTests) >&2
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g -Dlogback.configurationFile="$here/bench/logback-bench.xml" \
  -cp "$here/app/target/parallax.jar" org.parallax.eval.bench.ClusteringBenchmark "$@"
