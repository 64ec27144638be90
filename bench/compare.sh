#!/usr/bin/env bash
# talks-kg against the stock Fuseki server (org.apache.jena:jena-fuseki-server) on the same files:
# same answers first, then every saved query at 1, 8 and 64 clients in interleaved rounds.
# Writes target/bench/comparison.md and comparison.svg; any arguments are passed on, e.g.
#   bench/compare.sh --rounds 5 --seconds 4 --queries timeline,overview --serve-option --no-cache
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/setup.sh
exec java -cp "$classpath" -Djdk.httpclient.keepalive.timeout=10 -Dtalks-kg.jar="$PWD/target/talks-kg.jar" org.talkskg.load.Comparison "$stock" "$out" "$@"
