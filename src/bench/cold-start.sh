#!/usr/bin/env bash
# Cold start, batch and memory limits of the command line, each run as a whole process.
# Usage: src/bench/cold-start.sh [RUNS] [JAR...]  (default 15 runs of target/renderer.jar;
# give a second jar, e.g. an older build, to compare it in the same, interleaved run).
# Prints median and spread (min..max) of wall and CPU (user+sys) milliseconds; CPU time is less
# disturbed than wall time by other work on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
shift || true
jars=("${@:-target/renderer.jar}")
sample=fixtures/magnesium-treatment-for-depression.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The 60- and 600-section documents and a folder of 1,000 handouts, made from the sample.
[ -f target/test-classes/org/handout/bench/Handouts.class ] || mvn -q -B -Pbench -DskipTests process-test-classes
java -cp "target/test-classes:target/classes:$(cat target/bench/runtime.classpath)" org.handout.bench.Handouts "$work/docs"

# Runs "$@" once; appends "wall cpu" in ms to the file named by $out.
measure() {
  local start end cpu
  start=$(date +%s%N)
  cpu=$( { /usr/bin/env TIMEFORMAT='%3U %3S' bash -c 'time "$@" >/dev/null 2>&1' _ "$@"; } 2>&1 | awk '{printf "%d", ($1 + $2) * 1000}')
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $cpu" >> "$out"
}

summary() {
  sort -n -k"$2" "$1" | awk -v k="$2" '{v[NR]=$k} END {printf "median %5d  spread %d..%d", v[int((NR+1)/2)], v[1], v[NR]}'
}

declare -A variants
for jar in "${jars[@]}"; do
  variants["$jar plain"]="java -jar $jar"
  variants["$jar cds"]="java -XX:SharedArchiveFile=${jar%.jar}.jsa -jar $jar"
done
for name in "${!variants[@]}"; do : > "$work/$(echo "$name" | tr ' /' '__').times"; done
# Interleaved, so that a change in the machine's load touches every variant alike.
for _ in $(seq "$runs"); do
  for name in "${!variants[@]}"; do
    out="$work/$(echo "$name" | tr ' /' '__').times"
    measure ${variants[$name]} "$sample" -o "$work/out"
  done
done
echo "Cold start, sample handout (PDF + HTML), $runs runs each, ms:"
for name in $(printf '%s\n' "${!variants[@]}" | sort | tr ' ' '|'); do
  name=${name//|/ }
  f="$work/$(echo "$name" | tr ' /' '__').times"
  printf '  %-40s wall %s   cpu %s\n' "$name" "$(summary "$f" 1)" "$(summary "$f" 2)"
done

jar=${jars[0]}
cds="-XX:SharedArchiveFile=${jar%.jar}.jsa"
out="$work/batch.times"
: > "$out"
measure java "$cds" -jar "$jar" "$work/docs/batch" -o "$work/batch-out" -q
read -r wall cpu < "$out"
echo "Batch, 1,000 handouts in one process (JVM start included): $wall ms wall, $(( 1000000 / wall )) documents/s; $cpu ms CPU, so $(( 2000000 / cpu )) documents/s on 2 idle cores"

for limit in "64m sample" "256m sections600"; do
  set -- $limit
  if java -Xmx"$1" -jar "$jar" "$work/docs/$2.md" -o "$work/mem" -q; then
    echo "Memory: $2 renders with -Xmx$1"
  else
    echo "Memory: $2 FAILS with -Xmx$1"
  fi
done
