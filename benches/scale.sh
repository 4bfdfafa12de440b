#!/usr/bin/env bash
# Three Faro nodes on one PostgreSQL behind nginx (issue #8): search throughput through the
# load balancer, against one node alone, on the same machine.
#
#   benches/scale.sh                        # 10,000 synthetic services, 20 s per run
#   SERVICES=2000 DURATION=5s benches/scale.sh
#
# Knobs (environment):
#   SERVICES   synthetic services (default 10000)
#   DURATION   length of each measured wrk run, "20" or "20s" (default 20s)
#   FARO_BIN   the faro binary; unset, this checkout's release build is built
#   PG         libpq connection to a PostgreSQL server (default postgresql://postgres@127.0.0.1:5432)
#
# Needs: wrk, curl, nginx (Debian's), openssl, psql, python3. Nothing is pinned: three
# nodes, nginx, PostgreSQL and wrk share every core, as they would on one small server,
# so the numbers say what a second and third node cost and give on one machine; on
# separate machines each node has its cores to itself. Convergence after an approval is
# measured by the multi-node test (`cargo test --test scale -- --nocapture`).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HERE="$ROOT/benches/load"
SERVICES=${SERVICES:-10000}
SECONDS_RUN=${DURATION:-20s}
SECONDS_RUN=${SECONDS_RUN%s}
WARMUP=5
CONNECTIONS=64
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
PG_DB=faro_scale_$$
NGINX=/usr/sbin/nginx

for tool in wrk curl openssl psql python3 "$NGINX"; do
  command -v "$tool" >/dev/null || { echo "scale.sh: $tool is required" >&2; exit 1; }
done

if [[ -z ${FARO_BIN:-} ]]; then
  (cd "$ROOT" && cargo build --release --locked --bin faro)
  FARO_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/faro"
fi

WORK=$(mktemp -d -t faro-scale.XXXXXX)
PIDS=()
PG_CREATED=

cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [[ -n $PG_CREATED ]]; then
    psql -q -d "$PG/postgres" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" || true
  fi
  if [[ $status -ne 0 ]]; then
    for log in "$WORK"/node-*.log "$WORK"/nginx/error.log; do
      [[ -s $log ]] && { echo "--- $log ---" >&2; tail -n 20 "$log" >&2; }
    done
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "scale.sh: FAILED: $*" >&2
  exit 1
}

# Nothing is pinned here (see above).
WRK_PIN=()
# shellcheck source=benches/load/wrk.sh
source "$HERE/wrk.sh"

wait_ready() {
  local base=$1
  for _ in $(seq 6000); do
    curl -fs -o /dev/null "$base/readyz" && return 0
    sleep 0.05
  done
  fail "$base was not ready after 300 s"
}

echo "== $SERVICES synthetic services, three nodes, $CONNECTIONS connections, ${SECONDS_RUN} s per run"
echo "faro: $FARO_BIN ($("$FARO_BIN" --version))"
"$FARO_BIN" synth --data-dir "$ROOT/data" --services "$SERVICES" --seed 1 "$WORK/data"
python3 "$HERE/combos.py" "$ROOT/data/places/zips.csv" "$WORK/combos" >/dev/null
COMBOS=$(wc -l <"$WORK/combos/api.paths")
psql -q -d "$PG/postgres" -c "CREATE DATABASE $PG_DB"
PG_CREATED=1

NODES=()
for i in 1 2 3; do
  port=$(free_port)
  NODES+=("127.0.0.1:$port")
  FARO_DATA_DIR="$WORK/data" FARO_VAR_DIR="$WORK/var-$i" FARO_BIND="127.0.0.1:$port" \
    FARO_DATABASE_URL="$PG/$PG_DB" FARO_TRUSTED_PROXY=127.0.0.1 FARO_LOG=warn \
    "$FARO_BIN" serve >>"$WORK/node-$i.log" 2>&1 &
  PIDS+=($!)
done
for node in "${NODES[@]}"; do wait_ready "http://$node"; done

# nginx with the shipped site configuration, its markers filled as docs/operating.md says.
mkdir -p "$WORK/nginx"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
  -keyout "$WORK/nginx/key.pem" -out "$WORK/nginx/cert.pem" 2>/dev/null
HTTPS_PORT=$(free_port)
HTTP_PORT=$(free_port)
UPSTREAMS=$(printf '    server %s max_fails=1 fail_timeout=2s;\\n' "${NODES[@]}")
sed -e "s|@NODES@|$UPSTREAMS|" -e "s|@HTTP_PORT@|127.0.0.1:$HTTP_PORT|" \
  -e "s|@HTTPS_PORT@|127.0.0.1:$HTTPS_PORT|" -e "s|@SERVER_NAME@|127.0.0.1|" \
  -e "s|@CERT@|$WORK/nginx/cert.pem|" -e "s|@KEY@|$WORK/nginx/key.pem|" \
  -e "s|@ACCESS_LOG@|$WORK/nginx/access.log|" -e "s|@ERROR_LOG@|$WORK/nginx/error.log|" \
  "$ROOT/deploy/nginx-faro.conf" >"$WORK/nginx/faro.conf"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
user root;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/main-error.log;
events { worker_connections 1024; }
http {
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  access_log off;
  include $WORK/nginx/faro.conf;
}
EOF
"$NGINX" -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
PUBLIC="https://127.0.0.1:$HTTPS_PORT"
for _ in $(seq 200); do curl -fsk -o /dev/null "$PUBLIC/readyz" && break; sleep 0.05; done
python3 "$HERE/preflight.py" "http://${NODES[0]}" "$WORK/combos/api.paths" "$WORK/combos/html.paths"

echo "== /healthz through nginx (the ceiling of nginx and TLS here)"
run_wrk healthz "$PUBLIC/healthz"
CEILING_RPS=$RPS
echo "== search API through nginx, three nodes, $COMBOS combinations"
run_wrk three "$PUBLIC" "$WORK/combos/api.paths"
THREE_RPS=$RPS THREE_P99=$P99
echo "== search API on one node directly, $COMBOS combinations"
run_wrk one "http://${NODES[0]}" "$WORK/combos/api.paths"
ONE_RPS=$RPS ONE_P99=$P99

cat <<EOF

## Three nodes on one PostgreSQL behind nginx: $SERVICES synthetic services, $(date -u +%Y-%m-%d), $(nproc --all) cores, wrk -t 1 -c $CONNECTIONS -d ${SECONDS_RUN}s

| measure | req/s | p99 |
|---|---:|---:|
| /healthz through nginx (TLS) | $CEILING_RPS | |
| search API through nginx, three nodes | $THREE_RPS | $THREE_P99 ms |
| search API, one node directly | $ONE_RPS | $ONE_P99 ms |

$COMBOS distinct query × place × language combinations; nodes, nginx, PostgreSQL and wrk
share all $(nproc --all) cores.
EOF
