#!/usr/bin/env bash
# The operator's drill: does Parallax lose or double anything when it is killed, or when two
# processes write at once? Prints its figures and ends with one line `drill: ... passed=true|false`.
#
#   1. Embedded database: `import FILE` killed with -9 (once while storing, once in the pipeline),
#      then run again until it finishes; compared with one clean import of the same file: the same
#      articles (by address), every article in a story, no story without articles, every brief current.
#   2. PostgreSQL: while `serve` runs on the same database, two imports of FILE at once; compared
#      with two imports one after the other on a schema of its own: stories within 3%, no story
#      without articles, no brief of a story without articles, no article twice.
#
# Needs a JDK 25 (for ./parallax), the evaluation data (or DRILL_FILE), psql, and a PostgreSQL at
# DRILL_PG_HOST:DRILL_PG_PORT (default localhost:5432, database/user/password parallax, or
# DRILL_PG_DB, DRILL_PG_USER, DRILL_PG_PASSWORD); it makes schemas drill_seq and drill_conc there
# and drops them at the end. DRILL_SKIP_PG=1 runs only part 1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
FILE="${DRILL_FILE:-$root/../shared/datasets/stories/allsides-2021.jsonl}"
PORT="${DRILL_PORT:-18500}"
KILLS="${DRILL_KILLS:-8 45}"        # seconds into each killed run
PG_HOST="${DRILL_PG_HOST:-localhost}" PG_PORT="${DRILL_PG_PORT:-5432}" PG_DB="${DRILL_PG_DB:-parallax}"
PG_USER="${DRILL_PG_USER:-parallax}" PG_PASSWORD="${DRILL_PG_PASSWORD:-parallax}"
[ -f "$FILE" ] || { echo "drill: no file $FILE (set DRILL_FILE)" >&2; exit 2; }
work="$(mktemp -d /tmp/parallax-drill.XXXXXX)"
if [ -n "${DRILL_LINES:-}" ]; then  # a shorter drill: the first DRILL_LINES lines of the file
  head -n "$DRILL_LINES" "$FILE" >"$work/input.jsonl"; FILE="$work/input.jsonl"
fi
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  [ -n "${DRILL_KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

"$root/parallax" --version >/dev/null  # builds the application once, before anything is timed
jar="$root/app/target/parallax.jar"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
px() { "$root/parallax" "$@"; }
ok=true
fail() { echo "FAIL: $*"; ok=false; }

# --- 1. embedded database: kill -9 during import ----------------------------------------------
h2() { # h2 DATA_DIR SQL -> the first column of the first row
  "$java" -cp "$jar" org.h2.tools.Shell \
    -url "jdbc:h2:file:$1/parallax;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r;IFEXISTS=TRUE" \
    -user parallax -sql "$2" | sed -n 2p | awk -F'|' '{gsub(/ /,"",$1); print $1}'
}
h2list() { "$java" -cp "$jar" org.h2.tools.Shell \
    -url "jdbc:h2:file:$1/parallax;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r;IFEXISTS=TRUE" \
    -user parallax -sql "$2" | sed '1d;/^(/d' | sort; }

Q_ARTICLES="SELECT COUNT(*) FROM article"
Q_STORIES="SELECT COUNT(*) FROM story s WHERE s.merged_into IS NULL AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)"
Q_EMPTY="SELECT COUNT(*) FROM story s WHERE s.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)"
Q_EMPTY_BRIEFS="SELECT COUNT(*) FROM brief b JOIN story s ON s.id = b.story_id WHERE s.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)"
Q_UNPLACED="SELECT COUNT(*) FROM article WHERE story_id IS NULL"
Q_STALE="SELECT COUNT(*) FROM story s LEFT JOIN brief b ON b.story_id = s.id WHERE (b.story_id IS NULL OR b.composed_from_version < s.version) AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id)"
Q_DUPLICATES="SELECT COUNT(*) - COUNT(DISTINCT canonical_url) FROM article"
Q_URLS="SELECT canonical_url FROM article"

echo "drill: file $FILE ($(wc -l <"$FILE") lines), work directory $work"
start=$(date +%s.%N)
TIMEFORMAT='%U %S'
cpu=$( { time px import --data "$work/h2-ref" "$FILE" >"$work/ref.out" 2>"$work/ref.err"; } 2>&1 )
ref_seconds=$(echo "$(date +%s.%N) - $start" | bc)
ref_cpu=$(echo "$cpu" | awk '{print $1 + $2}')
printf 'embedded, one clean import: %.1f s wall, %.1f s CPU (load average at the end: %s)\n' "$ref_seconds" "$ref_cpu" \
  "$(cut -d' ' -f1 /proc/loadavg)"
echo "  $(grep -h 'stored' "$work/ref.out") / $(grep -h '^pipeline:' "$work/ref.out")"
grep -E '^(embedding|grouping|briefs): [0-9]+ .* in ' "$work/ref.err" | sed 's/^/  /'

run=0
for after in $KILLS; do
  run=$((run + 1))
  "$root/parallax" import --data "$work/h2-kill" "$FILE" >"$work/kill$run.out" 2>"$work/kill$run.err" &  # the launcher execs java: $! is the JVM
  pid=$!; pids+=("$pid")
  sleep "$after"
  if kill -0 "$pid" 2>/dev/null; then
    stage=$(tr '\r' '\n' <"$work/kill$run.err" | { grep -E '^(storing|embedding|grouping|briefs)' || true; } | tail -n 1 | cut -d' ' -f1 | tr -d :)
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true
    echo "embedded, run $run: killed with -9 after ${after} s (during: ${stage:-start-up})"
  else
    wait "$pid" || true
    echo "embedded, run $run: finished before the kill at ${after} s"
  fi
done
px import --data "$work/h2-kill" "$FILE" >"$work/resume.out" 2>"$work/resume.err"
echo "embedded, resumed: $(grep -h 'stored' "$work/resume.out") / $(grep -h '^pipeline:' "$work/resume.out")"

ref_articles=$(h2 "$work/h2-ref" "$Q_ARTICLES"); kill_articles=$(h2 "$work/h2-kill" "$Q_ARTICLES")
ref_stories=$(h2 "$work/h2-ref" "$Q_STORIES"); kill_stories=$(h2 "$work/h2-kill" "$Q_STORIES")
kill_empty=$(h2 "$work/h2-kill" "$Q_EMPTY"); kill_unplaced=$(h2 "$work/h2-kill" "$Q_UNPLACED")
kill_stale=$(h2 "$work/h2-kill" "$Q_STALE"); kill_dup=$(h2 "$work/h2-kill" "$Q_DUPLICATES")
kill_empty_briefs=$(h2 "$work/h2-kill" "$Q_EMPTY_BRIEFS")
h2list "$work/h2-ref" "$Q_URLS" >"$work/ref.urls"; h2list "$work/h2-kill" "$Q_URLS" >"$work/kill.urls"
missing=$(comm -23 "$work/ref.urls" "$work/kill.urls" | wc -l); extra=$(comm -13 "$work/ref.urls" "$work/kill.urls" | wc -l)
echo "embedded: clean articles=$ref_articles stories=$ref_stories | killed+resumed articles=$kill_articles" \
     "stories=$kill_stories missing=$missing extra=$extra duplicates=$kill_dup unplaced=$kill_unplaced" \
     "stale_briefs=$kill_stale empty_stories=$kill_empty briefs_of_empty=$kill_empty_briefs"
[ "$missing" -eq 0 ] && [ "$extra" -eq 0 ] || fail "killed import lost or added articles"
[ "$kill_dup" -eq 0 ] || fail "an article stored twice"
[ "$kill_unplaced" -eq 0 ] && [ "$kill_stale" -eq 0 ] || fail "articles unplaced or briefs stale after the resumed import"
[ "$kill_empty" -eq 0 ] && [ "$kill_empty_briefs" -eq 0 ] || fail "a story without articles"
h2_diff=$(echo "scale=4; d=$kill_stories-$ref_stories; if (d<0) d=-d; 100*d/$ref_stories" | bc)

# --- 2. PostgreSQL: two imports at once while serve runs ----------------------------------------
pg_diff=na
if [ -z "${DRILL_SKIP_PG:-}" ]; then
  command -v psql >/dev/null || { echo "drill: psql is needed for part 2 (apt-get install postgresql-client) or DRILL_SKIP_PG=1" >&2; exit 2; }
  pg() { PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -qAt -v ON_ERROR_STOP=1 -c "$@"; }
  pgq() { pg "SET search_path TO $1; $2" | tail -n 1; }
  for s in drill_seq drill_conc; do pg "DROP SCHEMA IF EXISTS $s CASCADE; CREATE SCHEMA $s"; done
  trap 'for s in drill_seq drill_conc; do pg "DROP SCHEMA IF EXISTS $s CASCADE" || true; done; cleanup' EXIT
  url() { echo "jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$1"; }
  # env and the launcher exec the JVM, so $! of a command started in the background is the JVM itself.
  pgenv() { echo env PARALLAX_DB_URL="$(url "$1")" PARALLAX_DB_USER="$PG_USER" PARALLAX_DB_PASSWORD="$PG_PASSWORD"; }
  read -ra seq_env <<<"$(pgenv drill_seq)"; read -ra conc_env <<<"$(pgenv drill_conc)"

  start=$(date +%s.%N)
  "${seq_env[@]}" "$root/parallax" import --quiet --data "$work/pg-seq" "$FILE" >"$work/seq1.out" 2>"$work/seq1.err"
  "${seq_env[@]}" "$root/parallax" import --quiet --data "$work/pg-seq" "$FILE" >"$work/seq2.out" 2>"$work/seq2.err"
  printf 'postgresql, two imports one after the other: %.1f s wall\n' "$(echo "$(date +%s.%N) - $start" | bc)"

  "${conc_env[@]}" "$root/parallax" serve --no-poll --port "$PORT" --data "$work/pg-serve" >"$work/serve.out" 2>"$work/serve.err" &
  serve=$!; pids+=("$serve")
  for _ in $(seq 1 120); do curl -fs "http://localhost:$PORT/healthz" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://localhost:$PORT/healthz" >/dev/null || { fail "serve did not answer /healthz"; }
  start=$(date +%s.%N)
  "${conc_env[@]}" "$root/parallax" import --quiet --data "$work/pg-a" "$FILE" >"$work/conc1.out" 2>"$work/conc1.err" & a=$!; pids+=("$a")
  "${conc_env[@]}" "$root/parallax" import --quiet --data "$work/pg-b" "$FILE" >"$work/conc2.out" 2>"$work/conc2.err" & b=$!; pids+=("$b")
  wait "$a" || fail "the first concurrent import failed: $(tail -n 1 "$work/conc1.err")"
  wait "$b" || fail "the second concurrent import failed: $(tail -n 1 "$work/conc2.err")"
  printf 'postgresql, two imports at once while serve runs: %.1f s wall\n' "$(echo "$(date +%s.%N) - $start" | bc)"
  for f in conc1 conc2; do echo "  $f: $(grep -h 'stored' "$work/$f.out") / $(grep -h '^pipeline:' "$work/$f.out")"; done
  metrics_unplaced=$(curl -fs "http://localhost:$PORT/metrics" | grep -E '^parallax_articles_unplaced ' | awk '{print $2}' || true)
  kill -TERM "$serve"; wait "$serve" 2>/dev/null || true

  for s in drill_seq drill_conc; do
    printf -v "${s}_articles" '%s' "$(pgq $s "$Q_ARTICLES")"
    printf -v "${s}_stories" '%s' "$(pgq $s "$Q_STORIES")"
    printf -v "${s}_empty" '%s' "$(pgq $s "$Q_EMPTY")"
    printf -v "${s}_empty_briefs" '%s' "$(pgq $s "$Q_EMPTY_BRIEFS")"
    printf -v "${s}_dup" '%s' "$(pgq $s "$Q_DUPLICATES")"
    printf -v "${s}_unsettled" '%s' "$(( $(pgq $s "$Q_UNPLACED") + $(pgq $s "$Q_STALE") ))"
  done
  echo "postgresql: one after the other articles=$drill_seq_articles stories=$drill_seq_stories" \
       "| at once with serve articles=$drill_conc_articles stories=$drill_conc_stories duplicates=$drill_conc_dup" \
       "empty_stories=$drill_conc_empty briefs_of_empty=$drill_conc_empty_briefs unsettled=$drill_conc_unsettled" \
       "(serve's /metrics unplaced at the end: ${metrics_unplaced:-n/a})"
  pg_diff=$(echo "scale=4; d=$drill_conc_stories-$drill_seq_stories; if (d<0) d=-d; 100*d/$drill_seq_stories" | bc)
  [ "$drill_conc_articles" -eq "$drill_seq_articles" ] || fail "article counts differ"
  [ "$drill_conc_dup" -eq 0 ] || fail "an article stored twice on PostgreSQL"
  [ "$drill_conc_empty" -eq 0 ] && [ "$drill_conc_empty_briefs" -eq 0 ] && [ "$drill_seq_empty" -eq 0 ] || fail "a story without articles on PostgreSQL"
  [ "$drill_conc_unsettled" -eq 0 ] || fail "articles unplaced or briefs stale after both imports returned"
  [ "$(echo "$pg_diff <= 3" | bc)" -eq 1 ] || fail "story counts differ by ${pg_diff}% (more than 3%)"
fi

printf 'drill: embedded_import_s=%.1f embedded_import_cpu_s=%.1f embedded_story_diff_pct=%.2f postgres_story_diff_pct=%s passed=%s\n' \
  "$ref_seconds" "$ref_cpu" "$h2_diff" "$pg_diff" "$ok"
$ok
