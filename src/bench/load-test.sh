#!/usr/bin/env bash
# Load test of `renderer serve`: the jar serves on a free loopback port with the -Xmx given, and a second process
# sends COUNT renders, CONCURRENCY at a time, for at most SECONDS (see org.handout.bench.LoadTest for the mix).
# Reports throughput, latency percentiles, failed requests, and the server's peak heap, read from its GC log (the
# largest heap in use when a collection began).
# Usage: src/bench/load-test.sh [COUNT] [CONCURRENCY] [XMX] [SECONDS] [SERVE-OPTION...]
#        (defaults 3000, 32, 256m, 900; e.g. src/bench/load-test.sh 3000 64 256m 900 --renders 2)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-3000}
concurrency=${2:-32}
xmx=${3:-256m}
seconds=${4:-900}
shift $(( $# < 4 ? $# : 4 ))
if (( concurrency < 1 || concurrency > 64 || count < 1 || count > 20000 )); then
  echo "load-test: COUNT 1-20000, CONCURRENCY 1-64" >&2
  exit 2
fi
[ -f target/renderer.jar ] || mvn -q -B package -DskipTests
[ -f target/test-classes/org/handout/bench/LoadTest.class ] || mvn -q -B -Pbench -DskipTests process-test-classes
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

java "-Xmx$xmx" "-Xlog:gc:file=$work/gc.log" -jar target/renderer.jar serve --port 0 "$@" \
  > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 300); do
  grep -q '^Serving' "$work/serve.out" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
url=$(sed -n 's/^Serving the editor at \(http:[^ ]*\) .*/\1/p' "$work/serve.out")
echo "Server: $url, java -Xmx$xmx, serve $*"

timeout "$(( seconds + 120 ))" java -cp target/test-classes:target/classes org.handout.bench.LoadTest \
  "$url" "$count" "$concurrency" "$seconds" fixtures

kill -TERM "$server"
wait "$server" || true
server=
peak=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
echo "  server peak heap ${peak:-?} MiB of -Xmx$xmx ($(grep -c 'Pause' "$work/gc.log") collections)"
if [ -s "$work/serve.err" ]; then
  echo "  server's stderr:" && sed 's/^/    /' "$work/serve.err"
fi
