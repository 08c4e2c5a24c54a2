#!/usr/bin/env bash
# One node against two nodes, each on its own emulated host: a Linux network namespace with its
# own address (veth on a bridge) and its own CPU budget (a cgroup CPU quota). The database and the
# load tool stay in the root namespace, outside the quotas. See docs/PERFORMANCE.md.
#
# Needs root, iproute2 and cgroups (v1 "cpu" controller or v2 "cpu.max"), and a built
# target/samskap.jar (./mvnw -o -DskipTests package). Everything it makes is removed on exit.
#
#   sudo src/test/scripts/cluster-capacity.sh [out-dir]
#
# Settings (environment): CONFIGS ("one two"), SPREAD (the load tool's --spread: clients or
# boards), CPU_PER_NODE (default 0.5 of a core), BOARDS (50), CLIENTS (10), RATES (per board,
# default "2 4 8 12"), PRIME_SECONDS (30: an unreported first run, so JIT warm-up is not
# measured), SECONDS_EACH (20), WARMUP (5).
set -euo pipefail

JAR=${JAR:-target/samskap.jar}
OUT=${1:-target/cluster-capacity}
CPU_PER_NODE=${CPU_PER_NODE:-0.5}
BOARDS=${BOARDS:-50}
CLIENTS=${CLIENTS:-10}
RATES=${RATES:-"2 4 8 12"}
SECONDS_EACH=${SECONDS_EACH:-20}
WARMUP=${WARMUP:-5}
CONFIGS=${CONFIGS:-"one two"}
SPREAD=${SPREAD:-clients}
PRIME_SECONDS=${PRIME_SECONDS:-30}
NET=10.77.0
BRIDGE=skbr0
DB_PORT=27177
HOSTS=(a b)
PIDS=()

[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -o -DskipTests package first" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "needs root (network namespaces and cgroups)" >&2; exit 2; }
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/samskap-capacity.XXXXXX)
CORES_PER_NODE=$(awk -v c="$CPU_PER_NODE" 'BEGIN { n = int(c); if (n < c) n++; print n }')

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

# --- emulated hosts ---------------------------------------------------------------------------
cgroup_dir() { # the CPU cgroup of host $1, created with the quota
  local name=samskap-$1 period=100000 quota
  quota=$(awk -v c="$CPU_PER_NODE" 'BEGIN { printf "%d", c * 100000 }')
  if [ -f /sys/fs/cgroup/cgroup.controllers ]; then # v2
    mkdir -p "/sys/fs/cgroup/$name"
    echo "$quota $period" > "/sys/fs/cgroup/$name/cpu.max"
    echo "/sys/fs/cgroup/$name"
  else # v1
    mkdir -p "/sys/fs/cgroup/cpu/$name"
    echo "$period" > "/sys/fs/cgroup/cpu/$name/cpu.cfs_period_us"
    echo "$quota" > "/sys/fs/cgroup/cpu/$name/cpu.cfs_quota_us"
    echo "/sys/fs/cgroup/cpu/$name"
  fi
}

make_hosts() {
  ip link add "$BRIDGE" type bridge
  ip addr add "$NET.254/24" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  local i=1
  for h in "${HOSTS[@]}"; do
    ip netns add "sk-$h"
    ip link add "sk-$h-out" type veth peer name "sk-$h-in"
    ip link set "sk-$h-in" netns "sk-$h"
    ip link set "sk-$h-out" master "$BRIDGE" up
    ip -n "sk-$h" addr add "$NET.$i/24" dev "sk-$h-in"
    ip -n "sk-$h" link set "sk-$h-in" up
    ip -n "sk-$h" link set lo up
    cgroup_dir "$h" > "$WORK/cgroup-$h"
    i=$((i + 1))
  done
}

cleanup() {
  set +e
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  sleep 2
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
  for h in "${HOSTS[@]}"; do
    ip netns del "sk-$h" 2>/dev/null
    ip link del "sk-$h-out" 2>/dev/null
    rmdir "/sys/fs/cgroup/samskap-$h" "/sys/fs/cgroup/cpu/samskap-$h" 2>/dev/null
  done
  ip link del "$BRIDGE" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- processes --------------------------------------------------------------------------------
start_db() { # fresh database on the bridge address
  rm -rf "$WORK/db" && mkdir -p "$WORK/db"
  SAMSKAP_DATA_DIR="$WORK/db" SAMSKAP_EMBEDDED_MONGO_HOST="$NET.254" SAMSKAP_EMBEDDED_MONGO_PORT=$DB_PORT \
    java -Xmx2g -cp "$JAR" org.samskap.persistence.embedded.EmbeddedMongoMain > "$WORK/db.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do grep -q READY "$WORK/db.log" && return; sleep 0.2; done
  echo "database did not start" >&2; cat "$WORK/db.log" >&2; exit 1
}

start_node() { # host, clustered (true/false), members; sets NODE_IP
  local h=$1 clustered=$2 members=$3 ip
  ip=$NET.$(( $(printf '%s\n' "${HOSTS[@]}" | grep -n "^$h\$" | cut -d: -f1) ))
  mkdir -p "$WORK/node-$h"
  # Join the cgroup first, in the root namespace: `ip netns exec` remounts /sys.
  sh -c "echo \$\$ > $(cat "$WORK/cgroup-$h")/cgroup.procs && exec ip netns exec sk-$h \"\$@\"" sh \
    env SAMSKAP_HTTP_HOST="$ip" SAMSKAP_HTTP_PORT=8080 \
    SAMSKAP_MONGO_URI="mongodb://$NET.254:$DB_PORT" SAMSKAP_DATA_DIR="$WORK/node-$h" \
    SAMSKAP_CLUSTER="$clustered" SAMSKAP_CLUSTER_HOST="$ip" SAMSKAP_CLUSTER_PORT=5801 \
    SAMSKAP_CLUSTER_MEMBERS="$members" \
    java -XX:ActiveProcessorCount="$CORES_PER_NODE" -jar "$JAR" \
    > "$WORK/node-$h.log" 2>&1 &
  PIDS+=($!)
  NODE_IP=$ip
}

wait_ready() { # base URL
  for _ in $(seq 300); do
    curl -fs "$1/health/ready" > /dev/null 2>&1 && return
    sleep 0.2
  done
  echo "$1 not ready" >&2; tail -50 "$WORK"/node-*.log >&2; exit 1
}

stop_all() { # and keep the logs of this configuration
  for f in "$WORK"/*.log; do [ -e "$f" ] && cp "$f" "$OUT/$1-$(basename "$f")"; done
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do while kill -0 "$p" 2>/dev/null; do sleep 0.2; done; done
  PIDS=()
}

throttled_ns() { # nanoseconds host $1 has been held back by its quota (v1 and v2 report it differently)
  local f
  f="$(cat "$WORK/cgroup-$1")/cpu.stat"
  awk '/^throttled_time / { print $2 } /^throttled_usec / { print $2 * 1000 }' "$f"
}

run_sweep() { # label, URLs
  local label=$1 urls=$2
  declare -A BEFORE
  # A first, unreported run: the JIT compiles the hot paths once per node, which under a small
  # CPU quota takes tens of seconds and would otherwise land in the first measured rate.
  log "$label: priming run, $PRIME_SECONDS s (not reported)"
  java -Xmx2g -cp "$JAR" org.samskap.tools.load.LoadTool --url "$urls" --boards "$BOARDS" \
    --clients "$CLIENTS" --rate "${RATES%% *}" --seconds "$PRIME_SECONDS" --warmup 0 \
    --spread "$SPREAD" --label "$label-prime" > "$OUT/$label-prime.txt"
  for r in $RATES; do
    for h in "${HOSTS[@]}"; do BEFORE[$h]=$(throttled_ns "$h"); done
    log "$label: $BOARDS boards x $CLIENTS clients at $r ops/s per board"
    java -Xmx2g -cp "$JAR" org.samskap.tools.load.LoadTool --url "$urls" --boards "$BOARDS" \
      --clients "$CLIENTS" --rate "$r" --seconds "$SECONDS_EACH" --warmup "$WARMUP" \
      --spread "$SPREAD" --label "$label-r$r" --json "$OUT/$label-r$r.json" | tee "$OUT/$label-r$r.txt"
    for h in "${HOSTS[@]}"; do # throttled time shows a node used up its CPU budget
      printf 'host %s: held back by its CPU quota for %s ms during set-up, warm-up and run\n' "$h" \
        "$(( ($(throttled_ns "$h") - ${BEFORE[$h]}) / 1000000 ))" | tee -a "$OUT/$label-r$r.txt"
    done
  done
}

make_hosts
log "hosts: ${HOSTS[*]} on $NET.0/24, $CPU_PER_NODE CPU each"

if [[ " $CONFIGS " == *" one "* ]]; then
start_db
start_node a false ""; A=$NODE_IP
wait_ready "http://$A:8080"
run_sweep one-node "http://$A:8080"
stop_all one-node
fi

if [[ " $CONFIGS " == *" two "* ]]; then
start_db
M="$NET.1:5801,$NET.2:5801"
start_node a true "$M"; A=$NODE_IP
start_node b true "$M"; B=$NODE_IP
wait_ready "http://$A:8080"
wait_ready "http://$B:8080"
sleep 3 # both members joined
run_sweep "two-nodes-$SPREAD" "http://$A:8080,http://$B:8080"
stop_all "two-nodes-$SPREAD"
fi
log "results in $OUT"
