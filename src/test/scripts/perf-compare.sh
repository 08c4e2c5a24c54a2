#!/usr/bin/env bash
# Samskap against a bare Vert.x SockJS event-bus bridge relay, in one run (issue 21,
# docs/PERFORMANCE.md "Samskap against a bare relay"). The server under test is pinned to one
# core, the load generator to the other (taskset); each shape runs against Samskap and then
# against the relay, and the script prints markdown table rows with the ratios.
#
#   ./mvnw -o -q -B -DskipTests package test-compile     # the harness: load tool + relay
#   src/test/scripts/perf-compare.sh path/to/samskap.jar [out-dir]
#
# The jar under test may come from another build (main = "before", a branch = "after"): the
# load tool and the relay always come from this checkout (HARNESS_CP), so both sides of a
# comparison are driven by the same generator (a Vert.x websocket client on GEN_LOOPS event
# loops, docs/PERFORMANCE.md "Load tool receive side"). About 7 minutes on a quiet machine with
# REPEAT=1, about 15 with REPEAT=3 (much longer on a busy one). Do not build in this checkout
# while it runs: the harness is read from target/.
#
# Settings (environment): SERVER_CORE (0), GEN_CORE (1), SECONDS_EACH (10), WARMUP (3),
# RATES (the 1 x 100 ladder, "200 400 800 1200 1600 2000 2400 3000"), IDLE_CLIENTS (2000),
# REPEAT (1: how many times the max-rate ladder and the IDLE_CLIENTS rows run; with more than
# one, those rows give the median and the spread min-max of each side),
# GEN_LOOPS (1: the load tool's event loops; one fits the one core it is pinned to),
# HARNESS_CP (target/test-classes:target/samskap.jar), SERVER_JVM (options for both servers),
# JFR (a directory: record each Samskap server with Java Flight Recorder into it).
set -euo pipefail

JAR=${1:?usage: perf-compare.sh path/to/samskap.jar [out-dir]}
OUT=${2:-target/perf-compare}
SERVER_CORE=${SERVER_CORE:-0}
GEN_CORE=${GEN_CORE:-1}
SECONDS_EACH=${SECONDS_EACH:-10}
WARMUP=${WARMUP:-3}
RATES=${RATES:-"200 400 800 1200 1600 2000 2400 3000"}
IDLE_CLIENTS=${IDLE_CLIENTS:-2000}
REPEAT=${REPEAT:-1}
GEN_LOOPS=${GEN_LOOPS:-1}
HARNESS_CP=${HARNESS_CP:-target/test-classes:target/samskap.jar}
SERVER_JVM=${SERVER_JVM:-"-Xms256m -Xmx2g"}
JFR=${JFR:-}
SK_PORT=${SK_PORT:-18480}
RELAY_PORT=${RELAY_PORT:-18490}

[ -f "$JAR" ] || { echo "no jar at $JAR" >&2; exit 2; }
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || { echo "REPEAT must be a whole number of at least 1" >&2; exit 2; }
[ -f target/test-classes/org/samskap/tools/load/BareRelay.class ] || { echo "build the harness first: ./mvnw -o -q -B -DskipTests package test-compile" >&2; exit 2; }
command -v jq >/dev/null || { echo "needs jq" >&2; exit 2; }
command -v taskset >/dev/null || { echo "needs taskset (util-linux)" >&2; exit 2; }
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/samskap-perf.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

wait_up() { # port
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "server on port $1 did not come up" >&2; return 1
}

start_samskap() { # tag
  local data="$WORK/data-$1" jfr=""
  rm -rf "$data"; mkdir -p "$data"
  [ -n "$JFR" ] && { mkdir -p "$JFR"; jfr="-XX:StartFlightRecording=filename=$JFR/samskap-$1.jfr,settings=profile,dumponexit=true"; }
  SAMSKAP_DATA_DIR="$data" SAMSKAP_HTTP_PORT=$SK_PORT SAMSKAP_EMBEDDED_MONGO_PORT=$((SK_PORT + 1)) \
    SAMSKAP_MAX_MEMBERS=100000 SAMSKAP_API_REQUESTS_PER_MINUTE=100000 \
    taskset -c "$SERVER_CORE" java $SERVER_JVM $jfr -jar "$JAR" >"$OUT/samskap-$1.log" 2>&1 &
  SK_PID=$!; PIDS+=("$SK_PID")
  wait_up $SK_PORT
}

start_relay() { # tag
  taskset -c "$SERVER_CORE" java $SERVER_JVM -cp "$HARNESS_CP" org.samskap.tools.load.BareRelay $RELAY_PORT >"$OUT/relay-$1.log" 2>&1 &
  RELAY_PID=$!; PIDS+=("$RELAY_PID")
  wait_up $RELAY_PORT
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

load() { # port pid label seconds warmup boards clients rate -> json file path
  local f="$OUT/$3.json"
  taskset -c "$GEN_CORE" java -Xms256m -Xmx2g -cp "$HARNESS_CP" org.samskap.tools.load.LoadTool \
    --url "http://127.0.0.1:$1" --server-pid "$2" --label "$3" --seconds "$4" --warmup "$5" \
    --boards "$6" --clients "$7" --rate "$8" --event-loops "$GEN_LOOPS" --json "$f" >"$OUT/$3.txt" 2>&1 || echo '{"failed":true}' >"$f"
  echo "$f"
}

j() { jq -r "$1" "$2"; }
late() { [ "$(j ".generator.late | tostring" "$1")" = "true" ] && echo " (gen. late)" || true; }
star() { [ "$(j ".generator.late | tostring" "$1")" = "true" ] && echo "*" || true; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
ok_p99() { # samskap relay -> yes/no: at most 2 x the relay's, or at most 2 ms above it
  awk -v s="$1" -v r="$2" 'BEGIN { lim = (2 * r > r + 2) ? 2 * r : r + 2; print (s <= lim) ? "yes" : "**no**" }'; }

ROWS=()
row() { ROWS+=("$1"); echo "$1"; }

# summary v1 v2 ... -> "v1" for one run; "median (min–max)" for several (odd REPEAT is best) (values may end in *: a
# run with a late generator; "-" and other non-numbers are left out of the figures)
summary() {
  [ $# -eq 1 ] && { echo "$1"; return; }
  printf '%s\n' "$@" | awk '
    { late += ($0 ~ /\*$/); v = $0; sub(/\*$/, "", v); if (v ~ /^-?[0-9.]+(e[0-9+-]+)?$/) x[n++] = v + 0 }
    END {
      if (n == 0) { print "-"; exit }
      for (i = 0; i < n; i++) for (k = i + 1; k < n; k++) if (x[k] < x[i]) { t = x[i]; x[i] = x[k]; x[k] = t }
      m = x[int((n - 1) / 2)] # with an even count the lower middle: a rung the ladder really passed
      printf "%g (%g–%g, %d runs%s)", m, x[0], x[n - 1], n, late ? ", " late " late" : ""
    }'
}
med() { summary "$@" | cut -d' ' -f1; } # the median alone, for ratios

STARTED=$(date +%s); LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
log "calibration: plain websocket echo (relay process), 10 sockets, 200 frames/s"
start_relay cal
taskset -c "$GEN_CORE" java -Xms256m -Xmx2g -cp "$HARNESS_CP" org.samskap.tools.load.LoadTool --echo true \
  --url "ws://127.0.0.1:$RELAY_PORT/echo" --clients 10 --rate 200 --seconds "$SECONDS_EACH" --warmup "$WARMUP" --event-loops "$GEN_LOOPS" \
  --json "$OUT/echo.json" >"$OUT/echo.txt" 2>&1 || true
stop "$RELAY_PID"
ECHO_P99=$(j '.roundTripMs.p99 // "-"' "$OUT/echo.json" 2>/dev/null || echo -)

log "fan-out shapes: Samskap and relay, fresh servers"
start_samskap shapes
start_relay shapes
# an unreported first run each, so JIT warm-up is not measured
load $SK_PORT "$SK_PID" prime-samskap 5 2 2 10 20 >/dev/null
load $RELAY_PORT "$RELAY_PID" prime-relay 5 2 2 10 20 >/dev/null
for shape in "1 10 20" "1 100 20" "1 500 20" "100 10 5"; do
  set -- $shape
  name="$1x$2"
  log "shape $1 boards x $2 clients, $3 ops/s per board"
  s=$(load $SK_PORT "$SK_PID" "samskap-$name" "$SECONDS_EACH" "$WARMUP" "$1" "$2" "$3")
  r=$(load $RELAY_PORT "$RELAY_PID" "relay-$name" "$SECONDS_EACH" "$WARMUP" "$1" "$2" "$3")
  sp=$(j '.fanoutMs.p99 // "-"' "$s"); rp=$(j '.fanoutMs.p99 // "-"' "$r")
  row "| $1 board(s) × $2 clients, $3 ops/s each | p99 fan-out | $sp ms (lost $(j '.eventsLost // "-"' "$s"))$(late "$s") | $rp ms (lost $(j '.eventsLost // "-"' "$r"))$(late "$r") | $(ratio "$sp" "$rp") | ≤ 2 × relay or relay + 2 ms: $(ok_p99 "$sp" "$rp") |"
  if [ "$name" = "100x10" ]; then
    sc=$(j '.serverCpuPercent // "-"' "$s"); rc=$(j '.serverCpuPercent // "-"' "$r")
    row "| 100 boards × 10 clients, 5 ops/s each | server CPU (% of one core) | $sc % | $rc % | $(ratio "$sc" "$rc") | ≤ 2 × relay: $(awk -v a="$sc" -v b="$rc" 'BEGIN{print (a <= 2*b) ? "yes" : "**no**"}') |"
  fi
done

log "max op rate at 1 x 100 (p99 fan-out <= 100 ms, 0 lost, 0 refused, generator on time)"
max_rate() { # port pid tag -> highest rate that passed
  local best=0
  for rate in $RATES; do
    local f
    f=$(load "$1" "$2" "$3-rate$rate" 6 2 1 100 "$rate")
    local p99 lost refused late sent
    p99=$(j '.fanoutMs.p99 // 1e9' "$f"); lost=$(j '.eventsLost // 1' "$f"); refused=$(j '.opsRefused // 1' "$f")
    late=$(j '.generator.late | tostring' "$f"); sent=$(j '.opsPerSecond // 0' "$f")
    log "  $3 at $rate ops/s: p99 $p99 ms, lost $lost, refused $refused, acked $sent ops/s, generator late: $late (send lag p99 $(j '.generator.sendLagMs.p99 // "-"' "$f") ms, receive loop busy $(j '.generator.receiveLoopBusyPercent // "-"' "$f") %)"
    if awk -v p="$p99" 'BEGIN{exit !(p <= 100)}' && [ "$lost" = 0 ] && [ "$refused" = 0 ] \
        && awk -v s="$sent" -v r="$rate" 'BEGIN{exit !(s >= 0.95 * r)}'; then
      best=$rate
      [ "$late" = "true" ] && best="$rate*"
    else
      break
    fi
  done
  echo "$best"
}
SK_MAXES=(); RELAY_MAXES=()
for n in $(seq 1 "$REPEAT"); do
  # the sides take turns, so a noisy minute on the machine does not fall on one side only
  SK_MAXES+=("$(max_rate $SK_PORT "$SK_PID" "samskap-r$n")")
  RELAY_MAXES+=("$(max_rate $RELAY_PORT "$RELAY_PID" "relay-r$n")")
done
SK_MAX=$(med "${SK_MAXES[@]}"); RELAY_MAX=$(med "${RELAY_MAXES[@]}")
SK_MAX=${SK_MAX%\*}; RELAY_MAX=${RELAY_MAX%\*}
if [ "$RELAY_MAX" = 0 ]; then met="not measured: the relay passed no rung (generator or machine too slow?)"
else met=$(awk -v a="$SK_MAX" -v b="$RELAY_MAX" 'BEGIN{print (a >= b) ? "yes" : "**no**"}'); fi
row "| 1 board × 100 clients | max ops/s with p99 ≤ 100 ms, 0 lost (ladder: $RATES; 0: no rung passed) | $(summary "${SK_MAXES[@]}") | $(summary "${RELAY_MAXES[@]}") | $(ratio "$SK_MAX" "$RELAY_MAX") | ≥ relay: $met |"
stop "$SK_PID"; stop "$RELAY_PID"

log "$IDLE_CLIENTS clients on one board: connect + join time, RSS per idle connection, fan-out at 20 ops/s"
S_P99=(); R_P99=(); S_RSS=(); R_RSS=(); S_SET=(); R_SET=(); S_LOST=0; R_LOST=0
for n in $(seq 1 "$REPEAT"); do
  start_samskap "idle$n"
  load $SK_PORT "$SK_PID" "prime-samskap-idle$n" 3 1 2 10 20 >/dev/null
  s=$(load $SK_PORT "$SK_PID" "samskap-1x$IDLE_CLIENTS-r$n" "$SECONDS_EACH" "$WARMUP" 1 "$IDLE_CLIENTS" 20)
  stop "$SK_PID"
  start_relay "idle$n"
  load $RELAY_PORT "$RELAY_PID" "prime-relay-idle$n" 3 1 2 10 20 >/dev/null
  r=$(load $RELAY_PORT "$RELAY_PID" "relay-1x$IDLE_CLIENTS-r$n" "$SECONDS_EACH" "$WARMUP" 1 "$IDLE_CLIENTS" 20)
  stop "$RELAY_PID"
  # a run with a late generator keeps a * on its p99 (summary counts them)
  S_P99+=("$(j '.fanoutMs.p99 // "-"' "$s")$(star "$s")")
  R_P99+=("$(j '.fanoutMs.p99 // "-"' "$r")$(star "$r")")
  S_RSS+=("$(j '.rssPerClientKiB // "-"' "$s")"); R_RSS+=("$(j '.rssPerClientKiB // "-"' "$r")")
  S_SET+=("$(j '.setupSeconds // "-"' "$s")"); R_SET+=("$(j '.setupSeconds // "-"' "$r")")
  S_LOST=$((S_LOST + $(j '.eventsLost // 0' "$s"))); R_LOST=$((R_LOST + $(j '.eventsLost // 0' "$r")))
done
sp=$(med "${S_P99[@]}"); rp=$(med "${R_P99[@]}"); sp=${sp%\*}; rp=${rp%\*}
row "| 1 board × $IDLE_CLIENTS clients, 20 ops/s | p99 fan-out | $(summary "${S_P99[@]}") ms (lost $S_LOST) | $(summary "${R_P99[@]}") ms (lost $R_LOST) | $(ratio "$sp" "$rp") | ≤ 2 × relay or relay + 2 ms: $(ok_p99 "$sp" "$rp") |"
sk=$(med "${S_RSS[@]}"); rk=$(med "${R_RSS[@]}")
row "| $IDLE_CLIENTS idle clients on one board | server RSS per connection | $(summary "${S_RSS[@]}") KiB | $(summary "${R_RSS[@]}") KiB | $(ratio "$sk" "$rk") | ≤ 1.5 × relay: $(awk -v a="$sk" -v b="$rk" 'BEGIN{print (a <= 1.5*b) ? "yes" : "**no**"}') |"
st=$(med "${S_SET[@]}"); rt=$(med "${R_SET[@]}")
row "| $IDLE_CLIENTS clients | connected and joined (s) | $(summary "${S_SET[@]}") s | $(summary "${R_SET[@]}") s | $(ratio "$st" "$rt") | ≤ 1.5 × relay: $(awk -v a="$st" -v b="$rt" 'BEGIN{print (a <= 1.5*b) ? "yes" : "**no**"}') |"

{
  echo
  echo "Samskap: $JAR ($(date -u +%FT%TZ), load average $LOAD_AT_START at the start and $(cut -d' ' -f1-3 /proc/loadavg) at the end, server on core $SERVER_CORE, generator on core $GEN_CORE with $GEN_LOOPS event loop(s), REPEAT=$REPEAT, $(( ($(date +%s) - STARTED) / 60 )) min)"
  echo "Generator calibration (plain websocket echo, 10 sockets, 200 frames/s): p99 round trip $ECHO_P99 ms$(late "$OUT/echo.json" 2>/dev/null)"
  echo
  echo "| shape | measure | Samskap | bare relay | ratio | target (issue 21): met? |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "(gen. late): the generator's own send lag or receive-loop delay p99 was above 5 ms, its receive"
  echo "loop was busy above 90 % of the time, or it sent under 95 % of the schedule; that figure says as"
  echo "much about the generator as the server. A"
  echo "rate or p99 with * comes from a run with a late generator. With REPEAT above 1, the max-rate and $IDLE_CLIENTS-client rows"
  echo "give the median and (min–max, runs, how many had a late generator); the ratio and the"
  echo "target compare the medians. Full results: $OUT/*.json and *.txt."
} | tee "$OUT/table.md"
