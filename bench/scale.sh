#!/usr/bin/env bash
# Every saved query as the corpus grows, on the persistent store, and the bulk load against Jena's
# tdb2.tdbloader. For each corpus size (articles; 1 is the shipped graph):
#   1. corpus --format nquads (2900 articles: about a minute);
#   2. load A/B interleaved, $ROUNDS rounds (default 2) up to 1000 articles and one above, where each load
#      takes minutes: talks-kg load and the stock jar's tdb2.tdbloader, both on
#      exactly corpus.nq (talks-kg with an empty --ontology, so that the input is the same bytes);
#   3. load --store of the ontology and corpus.nq, the store the queries run on: its time, disk, RSS;
#   4. every saved query timed on it in one process (org.talkskg.load.StoreQueryTimes): one warm-up, then
#      up to $RUNS runs (30) within $BUDGET_SECONDS (5 s), at least 3.
# Then org.talkskg.load.ScaleReport writes target/bench/scale.md and scale.svg.
#   bench/scale.sh                 # sizes 1 100 1000 2900 (2900 articles: over 10 million triples)
#   SIZES="1 100" ROUNDS=1 bench/scale.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/setup.sh
sizes=${SIZES:-"1 100 1000 2900"}
rounds=${ROUNDS:-2}
heap=${HEAP:-4g}
runs=${RUNS:-30}
budget=${BUDGET_SECONDS:-5}
scale="$out/scale"
mkdir -p "$scale"
talks_kg=(java "-Xmx$heap" -jar target/talks-kg.jar)

# Wall seconds and peak RSS (KiB) of a command, as "SECONDS<TAB>KIB" on stdout; its own output to a log.
measure() {
  local log=$1; shift
  /usr/bin/time -f "%e	%M" -o "$log.time" "$@" >"$log" 2>&1
  cat "$log.time"
}

for n in $sizes; do
  dir="$scale/$n"
  rm -rf "$dir"; mkdir -p "$dir"
  corpus="$scale/corpus-$n"
  rm -rf "$corpus"
  "${talks_kg[@]}" corpus --articles "$n" --format nquads --output "$corpus" >/dev/null 2>&1
  empty="$dir/no-ontology"; mkdir -p "$empty"
  printf 'side\tround\tseconds\trss_kib\n' >"$dir/load.tsv"
  rounds_here=$rounds
  (( n <= 1000 )) || rounds_here=1
  for round in $(seq 1 "$rounds_here"); do
    rm -rf "$dir/a" "$dir/b"
    printf 'talks-kg\t%d\t%s\n' "$round" "$(measure "$dir/a.log" "${talks_kg[@]}" load --store "$dir/a" --ontology "$empty" --progress none "$corpus/corpus.nq")" >>"$dir/load.tsv"
    printf 'tdb2.tdbloader\t%d\t%s\n' "$round" "$(measure "$dir/b.log" java "-Xmx$heap" -cp "$stock" tdb2.tdbloader --loc "$dir/b" "$corpus/corpus.nq")" >>"$dir/load.tsv"
    printf 'store-bytes\t%d\t%s\t%s\n' "$round" "$(du -sk "$dir/a" | cut -f1)" "$(du -sk "$dir/b" | cut -f1)" >>"$dir/load-disk.tsv"
  done
  rm -rf "$dir/a" "$dir/b"
  store="$dir/store"
  printf 'seconds\trss_kib\n%s\n' "$(measure "$dir/store.log" "${talks_kg[@]}" load --store "$store" --progress none "$corpus/corpus.nq")" >"$dir/store-load.tsv"
  printf '%s\n' "$(du -sk "$store" | cut -f1)" >"$dir/store-disk-kib"
  java "-Xmx$heap" -cp "$classpath" org.talkskg.load.StoreQueryTimes "$store" queries "$dir/queries.tsv" "$runs" "$budget" 2>"$dir/queries.log"
  rm -rf "$store" "$corpus"
  echo "size $n done: $(tail -1 "$dir/queries.log")"
done
java -cp "$classpath" org.talkskg.load.ScaleReport "$scale" "$out/scale.md" "$out/scale.svg" $sizes
echo "Wrote $out/scale.md and $out/scale.svg"
