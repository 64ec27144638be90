#!/usr/bin/env bash
# talks-kg against the stock Fuseki server (org.apache.jena:jena-fuseki-server) on the same files:
# same answers first, then every saved query at 1, 8 and 64 clients in interleaved rounds.
# Writes target/bench/comparison.md and comparison.svg; any arguments are passed on, e.g.
#   bench/compare.sh --rounds 5 --seconds 4 --queries timeline,overview --serve-option --no-cache
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
stock_version=5.6.0
out=target/bench
mkdir -p "$out"
mvn -q -B -DskipTests clean package test-compile
stock="$out/jena-fuseki-server-$stock_version.jar"
if [[ ! -f "$stock" ]]; then
  mvn -q -B dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$stock_version" -DoutputDirectory="$out"
fi
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
exec java -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
  -Dtalks-kg.jar="$PWD/target/talks-kg.jar" org.talkskg.load.Comparison "$stock" "$out" "$@"
