#!/usr/bin/env bash
# Start-up of talks-kg (serve, and a one-shot query) against the stock Fuseki server on the same
# files: time from process start to first answer, and peak RSS, several runs each. Writes
# target/bench/startup.md. Arguments: [RUNS] [JVM_OPTION]... for talks-kg's runs, e.g.
#   bench/startup.sh 5 -XX:SharedArchiveFile="$PWD/target/talks-kg.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/setup.sh
exec java -cp "$classpath" -Djdk.httpclient.keepalive.timeout=10 -Dtalks-kg.jar="$PWD/target/talks-kg.jar" org.talkskg.load.Startup "$stock" "$out" "$@"
