#!/usr/bin/env bash
# Web serving benchmark: Parallax against nginx serving the same bytes as static files, in one run
# on this machine. Imports a data set, starts `parallax serve`, saves the bytes of a story page and
# of /api/stories, serves them with nginx (a user process with its own configuration in a temporary
# directory), warms both up, then runs ApacheBench on each URL against each server and prints
# requests per second, the ratio Parallax/nginx, and Parallax's memory under load.
#
#   bench/web.sh [FILE.jsonl]     # default: shared/datasets/stories/allsides-2021.jsonl beside the checkout
#
# Environment: CONCURRENCY=50 REQUESTS=20000 WARMUP=10000 (requests per URL and server before
# measuring) ROUNDS=3 (medians are reported), DATA=/tmp/webbench-data (imported afresh unless REUSE=1 and it holds a database),
# PORT=18401 (Parallax; nginx takes the next free port), PARALLAX_HEAP (the launcher's heap bound,
# default 1g), KEEPALIVE=1 (ab -k; 0 opens a connection per request).
# Needs: a JDK 25, ab (apache2-utils), nginx, curl.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
concurrency="${CONCURRENCY:-50}"
requests="${REQUESTS:-20000}"
warmup="${WARMUP:-10000}"
rounds="${ROUNDS:-3}"
data="${DATA:-/tmp/webbench-data}"
heap="${PARALLAX_HEAP:-1g}"
keepalive=(-k)
[ "${KEEPALIVE:-1}" = 0 ] && keepalive=()

die() { echo "web.sh: $*" >&2; exit 1; }
for tool in ab curl; do command -v "$tool" >/dev/null || die "needs $tool (apt-get install apache2-utils curl)"; done
nginx="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx" ] || die "needs nginx (apt-get install nginx-light)"

find_datasets() {
  local dir="$root"
  while [ "$dir" != "/" ]; do
    [ -d "$dir/shared/datasets" ] && { echo "$dir/shared/datasets"; return 0; }
    dir="$(dirname "$dir")"
  done
  return 1
}
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p="$1"; while ! port_free "$p"; do p=$((p + 1)); done; echo "$p"; }
bytes_of() { case "$1" in *[kK]) echo $(( ${1%?} * 1024 ));; *[mM]) echo $(( ${1%?} * 1024 * 1024 ));;
  *[gG]) echo $(( ${1%?} * 1024 * 1024 * 1024 ));; *) echo "$1";; esac; }

input="${1:-}"
if [ -z "$input" ]; then
  datasets="$(find_datasets)" || die "no data set given and no shared/datasets beside the checkout"
  input="$datasets/stories/allsides-2021.jsonl"
fi

work="$(mktemp -d)"
server_pid=""; nginx_pid=""; sampler_pid=""
cleanup() {
  for pid in "$sampler_pid" "$nginx_pid" "$server_pid"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT

if [ "${REUSE:-0}" = 1 ] && [ -f "$data/parallax.mv.db" ]; then
  echo "reusing the data in $data" >&2
else
  rm -rf "$data"
  echo "importing $input into $data..." >&2
  PARALLAX_HEAP="$heap" "$root/parallax" import --data "$data" "$input" >&2
fi

port="$(free_port "${PORT:-18401}")"
PARALLAX_HEAP="$heap" "$root/parallax" serve --data "$data" --port "$port" --no-poll > "$work/serve.log" 2>&1 &
server_pid=$!  # the launcher execs java: this is the server's JVM
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; die "parallax serve stopped"; }
  sleep 0.5
done
base="http://127.0.0.1:$port"
story="$(curl -sf "$base/api/stories" | sed -n 's/^{"stories":\[{"id":\([0-9]*\).*/\1/p')"
[ -n "$story" ] || die "no published story in $data"
paths=("/stories/$story" "/api/stories")

# The same bytes, as nginx serves static files: one file per URL, the content type Parallax sends.
static="$work/static"
mkdir -p "$static/stories" "$static/api" "$work/nginx"
curl -sf "$base/stories/$story" -o "$static/stories/$story"
curl -sf "$base/api/stories" -o "$static/api/stories"
chmod -R a+rX "$work"
nginx_port="$(free_port $((port + 1)))"
cat > "$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  types { }
  server {
    listen 127.0.0.1:$nginx_port;
    root $static;
    add_header Content-Security-Policy "default-src 'none'" always;
    add_header X-Content-Type-Options nosniff always;
    add_header Referrer-Policy strict-origin-when-cross-origin always;
    add_header X-Frame-Options DENY always;
    location /stories/ { default_type "text/html; charset=utf-8"; }
    location /api/ { default_type "application/json; charset=utf-8"; }
  }
}
EOF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>"$work/nginx/stderr" &
nginx_pid=$!
for _ in $(seq 1 40); do
  curl -sf "http://127.0.0.1:$nginx_port/api/stories" >/dev/null 2>&1 && break
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx/stderr" >&2; die "nginx did not start"; }
  sleep 0.25
done
for path in "${paths[@]}"; do
  cmp -s <(curl -sf "$base$path") <(curl -sf "http://127.0.0.1:$nginx_port$path") \
    || die "nginx and Parallax serve different bytes for $path"
done

# Memory while the load runs: the JVM's resident set (ps) and its heap in use (jstat, after each
# collection), sampled every half second; the maxima are reported.
jstat="$(dirname "$(readlink -f "/proc/$server_pid/exe")")/jstat"
sample() {
  while kill -0 "$server_pid" 2>/dev/null; do
    rss="$(ps -o rss= -p "$server_pid" | tr -d ' ')"
    used="$("$jstat" -gc "$server_pid" 2>/dev/null | awk 'NR == 2 {
        for (i = 1; i <= NF; i++) v[h[i]] = $i; print v["S0U"] + v["S1U"] + v["EU"] + v["OU"] }
        NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i }')"
    echo "${rss:-0} ${used:-0}" >> "$work/memory"
    sleep 0.5
  done
}

ab_run() { # ab_run URL N -> the ab report
  ab "${keepalive[@]}" -q -c "$concurrency" -n "$2" "$1" 2>&1
}
field() { sed -n "s/^$2: *\([0-9.]*\).*/\1/p" <<< "$1" | head -n 1; }

echo "warm-up: $warmup requests per URL and server..." >&2
for path in "${paths[@]}"; do
  ab_run "$base$path" "$warmup" > /dev/null
  ab_run "http://127.0.0.1:$nginx_port$path" "$warmup" > /dev/null
done
rss_idle="$(ps -o rss= -p "$server_pid" | tr -d ' ')"

sample & sampler_pid=$!
# Rounds alternate which server goes first, so that load from other processes on the machine falls
# on both alike; medians are reported.
declare -A rates p99s failed
measure() { # measure SERVER PATH
  local url out bad non2xx alive
  if [ "$1" = parallax ]; then url="$base$2"; else url="http://127.0.0.1:$nginx_port$2"; fi
  out="$(ab_run "$url" "$requests")"
  rates["$1 $2"]+="$(field "$out" 'Requests per second') "
  p99s["$1 $2"]+="$(sed -n 's/^ *99% *\([0-9]*\).*/\1/p' <<< "$out") "
  bad="$(field "$out" 'Failed requests')"; non2xx="$(field "$out" 'Non-2xx responses')"
  failed["$1 $2"]=$(( ${failed["$1 $2"]:-0} + ${bad:-0} + ${non2xx:-0} ))
  alive="$(field "$out" 'Keep-Alive requests')"
  if [ "${keepalive[*]}" = -k ] && [ "${alive:-0}" != "$requests" ]; then
    echo "web.sh: $1 kept ${alive:-0} of $requests requests to $2 on a kept-alive connection" >&2
  fi
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A ratios
for round in $(seq 1 "$rounds"); do
  for path in "${paths[@]}"; do
    if [ $((round % 2)) -eq 1 ]; then measure parallax "$path"; measure nginx "$path"
    else measure nginx "$path"; measure parallax "$path"; fi
    p="$(awk '{ print $NF }' <<< "${rates["parallax $path"]}")"; n="$(awk '{ print $NF }' <<< "${rates["nginx $path"]}")"
    ratios["$path"]+="$(awk -v p="$p" -v n="$n" 'BEGIN { print p / n }') "
    echo "round $round $path: parallax $p/s, nginx $n/s" >&2
  done
done
kill "$sampler_pid" 2>/dev/null; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""
read -r rss_max heap_max < <(awk '$1 > r { r = $1 } $2 > h { h = $2 } END { print r + 0, h + 0 }' "$work/memory")

bound=$(( $(bytes_of "$heap") / 1024 / 1024 ))
echo
echo "ab ${keepalive[*]} -c $concurrency -n $requests per URL and server, $rounds rounds (medians), after $warmup" \
  "warm-up requests; story $story ($(stat -c %s "$static/stories/$story") bytes), /api/stories" \
  "($(stat -c %s "$static/api/stories") bytes); load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-20s %14s %12s %8s %14s %10s\n' url parallax_req/s nginx_req/s ratio p99_ms_p/n failed_p/n
for path in "${paths[@]}"; do
  printf '%-20s %14.0f %12.0f %7.2fx %14s %10s\n' "$path" "$(median <<< "${rates["parallax $path"]}")" \
    "$(median <<< "${rates["nginx $path"]}")" "$(median <<< "${ratios[$path]}")" \
    "$(median <<< "${p99s["parallax $path"]}")/$(median <<< "${p99s["nginx $path"]}")" \
    "${failed["parallax $path"]}/${failed["nginx $path"]}"
done
printf 'parallax memory: rss idle %d MB, rss max under load %d MB, heap used max %d MB, heap bound (PARALLAX_HEAP) %d MB\n' \
  $((rss_idle / 1024)) $((rss_max / 1024)) "$(awk -v h="$heap_max" 'BEGIN { printf "%d", h / 1024 }')" "$bound"
