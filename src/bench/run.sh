#!/usr/bin/env bash
# Builds the benchmarks (Maven profile "bench") and runs them with JMH from the repository's top
# folder, then prints ours against openhtmltopdf. Arguments go to JMH, e.g. "RenderBenchmark -f 1".
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -Pbench -DskipTests process-test-classes
cp="target/test-classes:target/classes:$(cat target/bench/runtime.classpath):$(cat target/bench/provided.classpath)"
java -cp "$cp" org.openjdk.jmh.Main -rf csv -rff target/bench/jmh.csv "$@"
java -Djava.awt.headless=true -cp "$cp" org.handout.bench.Report target/bench/jmh.csv
