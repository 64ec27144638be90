#!/usr/bin/env bash
# Start-up of talks-kg (serve, and a one-shot query) against the stock Fuseki server on the same
# files: time from process start to first answer, and peak RSS, several runs each. Writes
# target/bench/startup.md. Arguments: [RUNS] [JVM_OPTION]... for talks-kg's runs.
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
  -Dtalks-kg.jar="$PWD/target/talks-kg.jar" org.talkskg.load.Startup "$stock" "$out" "$@"
