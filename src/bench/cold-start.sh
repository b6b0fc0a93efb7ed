#!/usr/bin/env bash
# Whole processes, ours against openhtmltopdf in the same run: the cold render of the sample handout and
# of the 60-section document, and a batch of 100 handouts; then the 1,000-handout batch and -Xmx limits.
# Usage: src/bench/cold-start.sh [RUNS] [JAR...]  (default 15 runs of target/renderer.jar; give a second
# jar, e.g. an older build, to measure it in the same run).
#
# Each run renders every measure once with every variant: our jar plain (`java -jar`), our jar with the
# build's class-data-sharing archive, and the peer (org.handout.bench.PeerRun: one JVM per render, PDF/UA
# and PDF/A on, fed our HTML of the same document; for the batch, one JVM rendering the folder on a thread
# per core). The order of the variants alternates from run to run, so that a change in the machine's load
# touches all alike, and each of our runs is divided by the peer's run next to it: the ratios' median and
# spread are the figures. Wall and CPU (user+sys) milliseconds; CPU time is less disturbed than wall time
# by other work on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
shift || true
jars=("${@:-target/renderer.jar}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The benchmark classes, the peer's jar (its classes, the fonts and sRGB profile it reads) and class path.
[ -f target/bench/peer.classpath ] && [ -f target/test-classes/org/handout/bench/PeerRun.class ] \
  || mvn -q -B -Pbench -DskipTests process-test-classes
jar --create --file "$work/peer.jar" -C target/test-classes org/handout/bench/Peer.class \
  -C target/test-classes org/handout/bench/PeerRun.class -C target/classes org/handout/pdf/tagged/sRGB.icc \
  $(cd target/classes && for f in fonts/AtkinsonHyperlegible*.ttf; do printf -- '-C target/classes %s ' "$f"; done)
peer=(java -cp "$work/peer.jar:$(cat target/bench/peer.classpath)" org.handout.bench.PeerRun)

# The documents (made from the sample by org.handout.bench.Handouts) and our HTML of each, the peer's input.
java -cp "target/test-classes:target/classes:$(cat target/bench/runtime.classpath)" org.handout.bench.Handouts "$work/docs"
mkdir "$work/docs/batch100"
cp "$work"/docs/batch/handout-00[0-9][0-9].md "$work/docs/batch100/"
java -jar "${jars[0]}" "$work/docs/sample.md" "$work/docs/sections60.md" --format html -o "$work/html" -q
java -jar "${jars[0]}" "$work/docs/batch100" --format html -o "$work/html/batch100" -q

# Runs "$@" once; appends "wall cpu" in ms, and the command's last line of output if it printed one
# (the peer's time for its loop alone), to the file named by $out.
measure() {
  local start end cpu
  start=$(date +%s%N)
  cpu=$( { /usr/bin/env TIMEFORMAT='%3U %3S' bash -c 'time "$@" >"$0" 2>/dev/null' "$work/stdout" "$@"; } 2>&1 \
    | awk '{printf "%d", ($1 + $2) * 1000}')
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $cpu $(tail -n 1 "$work/stdout")" >> "$out"
}

# Median, middle half and extremes of column $2 of file $1, printed with format $3.
summary() {
  sort -g -k"$2" "$1" | awk -v k="$2" -v f="$3" '{v[NR] = $k} END {
    q = int((NR + 2) / 4); h = int((NR + 1) / 2)
    printf f " (" f "-" f " middle half, " f "-" f " all)", v[h], v[q], v[NR + 1 - q], v[1], v[NR]}'
}

# Per-run ratios: column $3 of file $1 over column $4 of file $2, line by line.
ratios() {
  awk -v a="$3" -v b="$4" 'NR == FNR {ours[FNR] = $a; next} {printf "%.3f\n", ours[FNR] / $b}' "$1" "$2"
}

measures=(sample sections60 batch100)
declare -A inputs=([sample]="$work/docs/sample.md" [sections60]="$work/docs/sections60.md" [batch100]="$work/docs/batch100")
declare -A pages=([sample]="$work/html/sample.html" [sections60]="$work/html/sections60.html" [batch100]="$work/html/batch100")
variants=()
for jar in "${jars[@]}"; do variants+=("$jar plain" "$jar cds"); done
variants+=("openhtmltopdf")
file() { echo "$work/$1.$(echo "$2" | tr ' /' '__').times"; }
for m in "${measures[@]}"; do for v in "${variants[@]}"; do : > "$(file "$m" "$v")"; done; done

for run in $(seq "$runs"); do
  order=("${variants[@]}")
  if (( run % 2 == 0 )); then order=(); for (( i = ${#variants[@]} - 1; i >= 0; i-- )); do order+=("${variants[i]}"); done; fi
  for m in "${measures[@]}"; do
    for v in "${order[@]}"; do
      out=$(file "$m" "$v")
      rm -rf "$work/out"
      case $v in
        openhtmltopdf) measure "${peer[@]}" "${pages[$m]}" "$work/out" ;;
        *plain) measure java -jar "${v% plain}" "${inputs[$m]}" -o "$work/out" -q ;;
        *cds) jar=${v% cds}; measure java -XX:SharedArchiveFile="${jar%.jar}.jsa" -jar "$jar" "${inputs[$m]}" -o "$work/out" -q ;;
      esac
    done
  done
done

declare -A titles=([sample]="Cold, sample handout (PDF + HTML; the peer's PDF of our HTML)"
  [sections60]="Cold, 60-section document" [batch100]="Batch of 100 handouts, one process each side (JVM start included)")
echo "$runs runs, load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for m in "${measures[@]}"; do
  echo "${titles[$m]}, ms:"
  for v in "${variants[@]}"; do
    f=$(file "$m" "$v")
    printf '  %-34s wall %s   cpu %s\n' "$v" "$(summary "$f" 1 %d)" "$(summary "$f" 2 %d)"
  done
  theirs=$(file "$m" openhtmltopdf)
  if [ "$m" = batch100 ]; then
    printf '  %-34s loop %s\n' "openhtmltopdf, its loop alone" "$(summary "$theirs" 3 %d)"
  fi
  for v in "${variants[@]}"; do
    [ "$v" = openhtmltopdf ] && continue
    f=$(file "$m" "$v")
    ratios "$f" "$theirs" 1 1 > "$work/r"; printf '  %-34s wall %s\n' "$v / openhtmltopdf" "$(summary "$work/r" 1 %.3f)"
    ratios "$f" "$theirs" 2 2 > "$work/r"; printf '  %-34s cpu  %s\n' "" "$(summary "$work/r" 1 %.3f)"
    if [ "$m" = batch100 ]; then
      ratios "$f" "$theirs" 1 3 > "$work/r"; printf '  %-34s wall %s\n' "$v / their loop alone" "$(summary "$work/r" 1 %.3f)"
    fi
  done
done

jar=${jars[0]}
for variant in plain cds; do
  out="$work/batch.$variant.times"
  : > "$out"
  if [ $variant = plain ]; then
    measure java -jar "$jar" "$work/docs/batch" -o "$work/batch-out" -q
  else
    measure java -XX:SharedArchiveFile="${jar%.jar}.jsa" -jar "$jar" "$work/docs/batch" -o "$work/batch-out" -q
  fi
  read -r wall cpu _ < "$out"
  echo "Batch, 1,000 handouts in one process ($variant, JVM start included): $wall ms wall, $(( 1000000 / wall )) documents/s; $cpu ms CPU"
done

for limit in "64m sample" "256m sections600"; do
  set -- $limit
  if java -Xmx"$1" -jar "$jar" "$work/docs/$2.md" -o "$work/mem" -q; then
    echo "Memory: $2 renders with -Xmx$1"
  else
    echo "Memory: $2 FAILS with -Xmx$1"
  fi
done
