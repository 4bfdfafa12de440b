# wrk runs shared by load.sh and scale.sh. Source it after setting WORK, HERE, WARMUP,
# SECONDS_RUN and CONNECTIONS, and a `fail` function; WRK_PIN (an array, e.g.
# `(taskset -c 0)`) pins wrk to a core, empty leaves it free.

# One wrk run: warm-up, then the measured run; prints its output and sets RPS, P50, P99
# (ms). Any non-2xx response or socket error fails the whole script.
run_wrk() {
  local name=$1 url=$2 paths=${3:-} out="$WORK/wrk-$1.txt"
  local script=()
  [[ -n $paths ]] && script=(-s "$HERE/paths.lua")
  local args=(-t 1 -c "$CONNECTIONS" --latency "${script[@]}" "$url")
  [[ -n $paths ]] && args+=(-- "$paths")
  "${WRK_PIN[@]}" wrk -d "${WARMUP}s" "${args[@]}" >/dev/null
  "${WRK_PIN[@]}" wrk -d "${SECONDS_RUN}s" "${args[@]}" | tee "$out"
  if grep -q "Non-2xx or 3xx responses" "$out"; then
    fail "$name: $(grep 'Non-2xx or 3xx responses' "$out" | xargs)"
  fi
  if grep -q "Socket errors" "$out"; then
    fail "$name: $(grep 'Socket errors' "$out" | xargs)"
  fi
  RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  P50=$(latency_ms 50% "$out")
  P99=$(latency_ms 99% "$out")
}

# A percentile from wrk's latency distribution, in ms (wrk prints us, ms or s).
latency_ms() {
  awk -v p="$1" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    printf "%.2f", (u == "us" ? v / 1000 : (u == "s" ? v * 1000 : (u == "m" ? v * 60000 : v))) }' "$2"
}

# A loopback port nothing listens on now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
