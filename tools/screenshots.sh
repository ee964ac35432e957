#!/usr/bin/env bash
# Screenshots of the reader's pages for docs/screenshots/: the front page, a story, the split
# screen and the outlet map, taken by headless Chromium at 1280x900 from a Parallax server that
# runs on the project's own test fixtures (fictional outlets and events, nothing from a dataset).
#   tools/screenshots.sh [OUT_DIR]    (default docs/screenshots; port $PARALLAX_SCREENSHOT_PORT or 18310)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/screenshots}"
port="${PARALLAX_SCREENSHOT_PORT:-18310}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
fixtures="$here/pipeline/src/test/resources/fixtures"
# Two timelines of fictional events: each is moved so that its newest article is the given number of
# hours old, so ages read as on a live edition (the files' own dates are months apart).
timelines=(
  "30:$fixtures/two-stories.jsonl,$here/app/src/test/resources/fixtures/one-outlet-story.jsonl"
  "2:$fixtures/story-stream-1.jsonl,$fixtures/story-stream-2.jsonl"
)

command -v "$chromium" >/dev/null || { echo "screenshots: needs Chromium at $chromium (Debian package chromium)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "screenshots: needs python3" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "screenshots: port $port is in use; set PARALLAX_SCREENSHOT_PORT" >&2
  exit 1
fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

python3 - "$work/articles.jsonl" "${timelines[@]}" <<'PY'
import json, sys
from datetime import datetime, timedelta, timezone
parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
now = datetime.now(timezone.utc)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for timeline in sys.argv[2:]:
        hours, files = timeline.split(":", 1)
        rows = [json.loads(line) for name in files.split(",") for line in open(name, encoding="utf-8") if line.strip()]
        shift = now - timedelta(hours=int(hours)) - max(parse(r["published"]) for r in rows)
        for r in rows:
            r["published"] = (parse(r["published"]) + shift).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.write(json.dumps(r) + "\n")
PY

"$here/parallax" import --data "$work/data" "$work/articles.jsonl" >&2
PARALLAX_FORECASTS_LIVE=off "$here/parallax" serve --data "$work/data" --no-poll --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "$base/healthz" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "$base/healthz" || { echo "screenshots: the server did not answer" >&2; exit 1; }

# The story with the most outlets.
story="$(curl -sf "$base/api/stories" | python3 -c '
import json, sys
stories = json.load(sys.stdin)["stories"]
print(max(stories, key=lambda s: (s["outlets"], s["articles"]))["id"])')"

mkdir -p "$out"
shoot() { # NAME PATH
  curl -sf -o /dev/null "$base$2"   # rendered once before the browser asks, so it sees the whole page at once
  "$chromium" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --run-all-compositor-stages-before-draw --virtual-time-budget=5000 \
    --user-data-dir="$work/profile" --window-size=1280,900 --screenshot="$work/$1.png" "$base$2" 2>/dev/null
  if command -v pngquant >/dev/null; then   # a palette of at most 128 colours: a fraction of the bytes
    pngquant --force --strip --quality=70-95 128 --output "$out/$1.png" "$work/$1.png"
  else
    cp "$work/$1.png" "$out/$1.png"
  fi
  echo "$out/$1.png ($base$2)"
}
shoot front /
shoot story "/stories/$story"
shoot split /split
shoot map /map
