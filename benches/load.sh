#!/usr/bin/env bash
# HTTP load test of Faro at N synthetic services, with a PostgreSQL baseline (issue #12).
#
#   benches/load.sh                         # 100,000 services, 20 s per measured run
#   SERVICES=5000 DURATION=5s benches/load.sh
#
# Knobs (environment):
#   SERVICES   synthetic services (default 100000)
#   DURATION   length of each measured wrk / pgbench run, seconds, "20" or "20s" (default 20s)
#   FARO_BIN   the faro binary to measure; unset, this checkout's release build is built
#   PG         libpq connection for the baseline (default postgresql://postgres@127.0.0.1:5432)
#   SKIP_PG=1  leave the PostgreSQL baseline out
#
# Needs: wrk, curl, taskset, python3 (3.11+), and for the baseline psql and pgbench with a
# PostgreSQL server that ships the cube and earthdistance extensions.
# Made for a 2-core machine: wrk (and pgbench) on core 0, the server on core 1, loopback only.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HERE="$ROOT/benches/load"
SERVICES=${SERVICES:-100000}
SECONDS_RUN=${DURATION:-20s}
SECONDS_RUN=${SECONDS_RUN%s}
WARMUP=5
CONNECTIONS=64
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
PG_DB=faro_load_$$

for tool in wrk curl taskset python3; do
  command -v "$tool" >/dev/null || { echo "load.sh: $tool is required" >&2; exit 1; }
done
if [[ ${SKIP_PG:-0} != 1 ]]; then
  for tool in psql pgbench; do
    command -v "$tool" >/dev/null || { echo "load.sh: $tool is required (or SKIP_PG=1)" >&2; exit 1; }
  done
fi

if [[ -z ${FARO_BIN:-} ]]; then
  (cd "$ROOT" && cargo build --release --locked --bin faro)
  FARO_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/faro"
fi

# This shell and everything it starts stay on core 0, the load generator's core; only the
# server is moved to core 1, and the reindex, which is not under load, gets every core.
ALL_CORES=$(taskset -pc $$ | awk '{ print $NF }')
taskset -pc 0 $$ >/dev/null

WORK=$(mktemp -d -t faro-load.XXXXXX)
SERVER_PID=
PG_CREATED=

stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}

cleanup() {
  local status=$?
  stop_server
  if [[ -n $PG_CREATED ]]; then
    psql -q -d "$PG/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" || true
  fi
  if [[ $status -ne 0 && -s $WORK/server.log ]]; then
    echo "--- last lines of the server's log ---" >&2
    tail -n 30 "$WORK/server.log" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "load.sh: FAILED: $*" >&2
  exit 1
}

# wrk on core 0, the load generator's core, like this shell.
WRK_PIN=(taskset -c 0)
# shellcheck source=benches/load/wrk.sh
source "$HERE/wrk.sh"

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
export FARO_DATA_DIR="$WORK/data" FARO_VAR_DIR="$WORK/var" FARO_BIND="127.0.0.1:$PORT" FARO_LOG=warn

# The server always runs on core 1, as in the measurement, so that the first start (seed
# and index build) is not also competing with this script on core 0.
start_server() {
  taskset -c 1 "$FARO_BIN" serve >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
}

# Seconds from START ($EPOCHREALTIME when the server was spawned) until /readyz first
# answers 200, polling every 10 ms.
wait_ready() {
  local start=$1 limit=$2
  until curl -fs -o /dev/null "$BASE/readyz"; do
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before it was ready"
    if (( $(awk -v s="$start" -v n="$EPOCHREALTIME" -v l="$limit" 'BEGIN { print (n - s > l) }') )); then
      fail "the server was not ready after $limit s"
    fi
    sleep 0.01
  done
  awk -v s="$start" -v n="$EPOCHREALTIME" 'BEGIN { printf "%.3f", n - s }'
}

echo "== $SERVICES synthetic services, $CONNECTIONS connections, ${SECONDS_RUN} s per run; workspace $WORK"
echo "faro: $FARO_BIN ($("$FARO_BIN" --version))"
"$FARO_BIN" synth --data-dir "$ROOT/data" --services "$SERVICES" --seed 1 "$FARO_DATA_DIR"
python3 "$HERE/combos.py" "$ROOT/data/places/zips.csv" "$WORK/combos" >/dev/null
COMBOS=$(wc -l <"$WORK/combos/api.paths")

# First start: seeds the empty store from the synthetic folder and builds the index.
# Not a budget; shown so a slow step is visible.
spawned=$EPOCHREALTIME
start_server
FIRST_START=$(wait_ready "$spawned" 1800)
stop_server
echo "first start (seed $SERVICES services and build the index): ${FIRST_START} s"

REINDEX_OUT=$(taskset -c "$ALL_CORES" "$FARO_BIN" reindex 2>>"$WORK/server.log")
echo "reindex: $REINDEX_OUT"
# "indexed N documents in 8.91s" (Rust's Duration Debug: s, ms or µs).
REINDEX_S=$(awk '{ v = $NF; u = v; sub(/[0-9.]+/, "", u); sub(/[a-zµ]+$/, "", v);
  printf "%.2f", (u == "ms" ? v / 1000 : (u == "µs" ? v / 1e6 : v)) }' <<<"$REINDEX_OUT")

# Start-up with an existing store and index: this server is the one measured under load.
spawned=$EPOCHREALTIME
start_server
STARTUP_S=$(wait_ready "$spawned" 600)
echo "start-up with an existing store and index: ${STARTUP_S} s (pid $SERVER_PID, core 1)"

python3 "$HERE/preflight.py" "$BASE" "$WORK/combos/api.paths" "$WORK/combos/html.paths"

echo "== /healthz (the server's ceiling)"
run_wrk healthz "$BASE/healthz"
HEALTH_RPS=$RPS
echo "== search API, $COMBOS combinations"
run_wrk api "$BASE" "$WORK/combos/api.paths"
API_RPS=$RPS API_P50=$P50 API_P99=$P99
echo "== HTML search page, $COMBOS combinations"
run_wrk html "$BASE" "$WORK/combos/html.paths"
HTML_RPS=$RPS HTML_P50=$P50 HTML_P99=$P99

# kB in /proc; after the load, so VmHWM covers start-up and every run.
HWM_MB=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
RSS_MB=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
stop_server

PG_TPS=- PG_P50=- PG_P99=-
if [[ ${SKIP_PG:-0} != 1 ]]; then
  echo "== PostgreSQL baseline ($PG_DB)"
  psql -q -d "$PG/postgres" -c "CREATE DATABASE $PG_DB"
  PG_CREATED=1
  python3 "$HERE/pg_baseline.py" "$PG/$PG_DB" "$FARO_DATA_DIR" "$WORK/combos/combos.csv"
  echo "note: pgbench runs on core 0; PostgreSQL's backends are forked by the system's"
  echo "postmaster and are not pinned: they use both cores, sharing core 0 with pgbench,"
  echo "where Faro had core 1 to itself."
  pgbench_args=(-n -c "$CONNECTIONS" -j 1 -D "ncombos=$COMBOS" -f "$HERE/pg_baseline.sql"
    "$PG/$PG_DB")
  taskset -c 0 pgbench -T "$WARMUP" "${pgbench_args[@]}" >/dev/null
  (cd "$WORK" && taskset -c 0 pgbench -T "$SECONDS_RUN" -l --log-prefix=pglog "${pgbench_args[@]}") \
    2>&1 | tee "$WORK/pgbench.txt"
  grep -q "number of failed transactions: 0 " "$WORK/pgbench.txt" ||
    fail "pgbench: failed transactions"
  PG_TPS=$(awk '/^tps = / { printf "%.0f", $3 }' "$WORK/pgbench.txt")
  # Per-transaction log: the third field is the latency in microseconds.
  sort -n -k3,3 "$WORK"/pglog.* | awk '{ l[NR] = $3 } END {
    printf "%.2f %.2f\n", l[int(NR * 0.50) + 1] / 1000, l[int(NR * 0.99) + 1] / 1000 }' >"$WORK/pg-pct"
  read -r PG_P50 PG_P99 <"$WORK/pg-pct"
fi

# "met" / "not met" for a measured value against a limit (ge: at least, le: at most).
verdict() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    print ((op == "ge" && v >= l) || (op == "le" && v <= l)) ? "met" : "not met" }'
}
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'
}

cat <<EOF

## Faro under load: $SERVICES synthetic services, $(date -u +%Y-%m-%d), $(nproc --all) cores, wrk -t 1 -c $CONNECTIONS -d ${SECONDS_RUN}s

| measure | result | budget (issue #12) | |
|---|---:|---:|---|
| services | $SERVICES | | |
| full reindex | $REINDEX_S s | ≤ 20 s | $(verdict "$REINDEX_S" le 20) |
| start-up with an existing store and index | $STARTUP_S s | ≤ 1 s | $(verdict "$STARTUP_S" le 1) |
| resident memory after the load (VmRSS / VmHWM) | $RSS_MB MB / $HWM_MB MB | ≤ 250 MB | $(verdict "$HWM_MB" le 250) |
| search API req/s | $API_RPS | ≥ 5,000 | $(verdict "$API_RPS" ge 5000) |
| search API p50 / p99 | $API_P50 ms / $API_P99 ms | p99 ≤ 25 ms | $(verdict "$API_P99" le 25) |
| HTML search page req/s | $HTML_RPS | ≥ 3,000 | $(verdict "$HTML_RPS" ge 3000) |
| HTML search page p50 / p99 | $HTML_P50 ms / $HTML_P99 ms | | |
| /healthz req/s (the server's ceiling) | $HEALTH_RPS | | |
| search API / ceiling | $(ratio "$API_RPS" "$HEALTH_RPS") | | |
| PostgreSQL baseline tps (p50 / p99) | $PG_TPS ($PG_P50 ms / $PG_P99 ms) | | |
| search API / PostgreSQL | $(ratio "$API_RPS" "$PG_TPS") | | |

$COMBOS distinct query × place × language combinations; the memory budget is judged on VmHWM.
EOF
