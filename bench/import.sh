#!/usr/bin/env bash
# Import benchmark: N roundups (three outlets each, full texts) from an AllSides-shaped JSONL are
# written as plain article JSONL (url, outlet, title, text, published: no story ids, so grouping
# must find the events) and imported into an empty embedded database through `parallax import`,
# grouping and briefs included. Prints the wall time, the articles per second, the stories
# published and developing, and the audit line of `parallax audit briefs`.
#   bench/import.sh [ROUNDUPS.jsonl] [--events N] [--seed S]
# Defaults: ../shared/datasets/stories/allsides-2021.jsonl, 100 events (about 300 articles), seed 7.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="$here/../shared/datasets/stories/allsides-2021.jsonl"
events=100
seed=7
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "bench/import.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) input="$1"; shift ;;
  esac
done
[ -r "$input" ] || { echo "bench/import.sh: cannot read $input (pass a roundup JSONL file)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$input" "$events" "$seed" > "$work/articles.jsonl" <<'PY'
import json, random, sys
path, events, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
rows = [r for r in rows if sum(1 for a in r.get("articles", []) if (a.get("text") or "").strip()) >= 3]
random.Random(seed).shuffle(rows)
for r in rows[:events]:
    for a in r["articles"]:
        if (a.get("text") or "").strip():
            print(json.dumps({"url": a["url"], "outlet": a["outlet"], "title": a.get("title", ""),
                              "text": a["text"], "published": r.get("date")}))
PY
articles="$(wc -l < "$work/articles.jsonl")"
(cd "$here" && ./parallax help >/dev/null)   # builds the launcher's jar before the clock starts
start="$(date +%s.%N)"
(cd "$here" && ./parallax import --data "$work/data" "$work/articles.jsonl") > "$work/import.log" 2>&1 \
  || { cat "$work/import.log" >&2; exit 1; }
end="$(date +%s.%N)"
published="$(cd "$here" && ./parallax stories --data "$work/data" --limit 100000 | grep -c . || true)"
developing="$(cd "$here" && ./parallax stories --data "$work/data" --developing --limit 100000 | grep -c . || true)"
audit="$(cd "$here" && ./parallax audit briefs --data "$work/data" | tail -n 1)"
awk -v s="$start" -v e="$end" -v n="$articles" -v ev="$events" -v p="$published" -v d="$developing" -v a="$audit" 'BEGIN {
  t = e - s
  printf "import: events=%d articles=%d seconds=%.1f articles_per_second=%.2f published=%d developing=%d\n", ev, n, t, n / t, p, d
  print a
}'
