#!/usr/bin/env bash
# Curated updates against the stock Fuseki server's unvalidated ones, on the same TDB2 data. For each
# corpus size (articles; 1 is the shipped graph):
#   1. talks-kg load --store of the corpus (corpus --format nquads) and a copy of that store for the
#      stock server;
#   2. serve --store --update (which validates the whole store once, at start: its time is recorded)
#      and the stock jar with --tdb2 --loc COPY --update, both up at once;
#   3. $ROUNDS rounds (default 3), each side in turn: $SINGLES serial single-triple INSERT DATA (default
#      30), then $SETS change sets of 100 INSERT DATA operations in one request (default 5), over curl.
# Writes target/bench/updates/updates.tsv (side, size, kind, ms per request) and prints p50 / p99 (the
# slowest request when there are fewer than 100) and serial updates/s per side, size and kind.
#   bench/updates.sh                  # sizes 1 11 2900 (2900 articles: over 10 million triples)
#   SIZES="1 11" ROUNDS=2 bench/updates.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/setup.sh
sizes=${SIZES:-"1 11 2900"}
rounds=${ROUNDS:-3}
singles=${SINGLES:-30}
sets=${SETS:-5}
heap=${HEAP:-4g}
work="$out/updates"
rm -rf "$work"; mkdir -p "$work"
talks_kg=(java "-Xmx$heap" -jar target/talks-kg.jar)
printf 'alice: wonderland\n' >"$work/passwords"
curated="https://w3id.org/talks-kg/graph/data/curated"
ours_port=3971
stock_port=3972
results="$work/updates.tsv"
printf 'side\tarticles\tkind\tms\n' >"$results"

# One INSERT DATA of a note, numbered so that every update adds a triple.
insert() {
  printf 'INSERT DATA { GRAPH <%s> { <https://w3id.org/talks-kg/id/note-%s> <http://www.w3.org/2000/01/rdf-schema#label> "checked %s" } }' \
    "$curated" "$1" "$1"
}

# A change set: 100 INSERT DATA operations in one request.
change_set() {
  local ops=()
  for i in $(seq 1 100); do ops+=("$(insert "$1-$i")"); done
  local IFS=';'
  printf '%s' "${ops[*]}"
}

# POSTs the update and prints the milliseconds it took; fails unless the answer is 2xx.
timed_update() {
  local url=$1 body=$2 user=${3:-}
  local auth=()
  [[ -n $user ]] && auth=(-u "$user")
  local result
  result=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "${auth[@]}" "$url" \
    -H 'Content-Type: application/sparql-update' --data-binary "$body")
  [[ ${result%% *} == 2* ]] || { echo "update to $url answered ${result%% *}" >&2; exit 1; }
  awk -v t="${result#* }" 'BEGIN { printf "%.2f\n", t * 1000 }'
}

await() {
  for _ in $(seq 1 1800); do
    curl -s -o /dev/null "$1" && return 0
    sleep 1
  done
  echo "not answering: $1" >&2; exit 1
}

for n in $sizes; do
  store="$work/store-$n"
  if (( n == 1 )); then
    "${talks_kg[@]}" load --store "$store" --progress none >/dev/null
  else
    "${talks_kg[@]}" corpus --articles "$n" --format nquads --output "$work/corpus-$n" >/dev/null 2>&1
    "${talks_kg[@]}" load --store "$store" --progress none "$work/corpus-$n/corpus.nq" >/dev/null
    rm -rf "$work/corpus-$n"
  fi
  cp -r "$store" "$store-stock"
  rm -rf "$store-stock/changes"
  start=$(date +%s.%N)
  "${talks_kg[@]}" serve --store "$store" --update --password-file "$work/passwords" --port "$ours_port" >"$work/serve-$n.log" 2>&1 &
  ours=$!
  # The stock server writes its run/ folder where it starts: in the work folder, not the checkout.
  (cd "$work" && exec java "-Xmx$heap" -jar "$(readlink -f "$OLDPWD/$stock")" --localhost --port "$stock_port" --tdb2 \
    --loc "$(readlink -f "$OLDPWD/$store-stock")" --update /kg >"stock-$n.log" 2>&1) &
  theirs=$!
  await "http://127.0.0.1:$ours_port/kg/sparql?query=ASK%7B%7D"
  printf 'talks-kg serve --update on %d articles answered after %.1f s (the whole store validated once)\n' "$n" \
    "$(echo "$(date +%s.%N) - $start" | bc)"
  await "http://127.0.0.1:$stock_port/kg/sparql?query=ASK%7B%7D"
  for round in $(seq 1 "$rounds"); do
    for side in talks-kg stock; do
      if [[ $side == talks-kg ]]; then url="http://127.0.0.1:$ours_port/kg/update"; user="alice:wonderland"
      else url="http://127.0.0.1:$stock_port/kg/update"; user=""; fi
      for i in $(seq 1 "$singles"); do
        printf '%s\t%d\tsingle\t%s\n' "$side" "$n" "$(timed_update "$url" "$(insert "$side-$n-$round-$i")" "$user")" >>"$results"
      done
      for i in $(seq 1 "$sets"); do
        printf '%s\t%d\tset of 100\t%s\n' "$side" "$n" "$(timed_update "$url" "$(change_set "$side-$n-$round-set$i")" "$user")" >>"$results"
      done
    done
  done
  kill "$ours" "$theirs"
  wait "$ours" "$theirs" 2>/dev/null || true
  rm -rf "$store" "$store-stock"
done

# p50, p99 (nearest rank) and serial updates/s, by side, size and kind.
sort -t$'\t' -k1,1 -k2,2n -k3,3 -k4,4n <(tail -n +2 "$results") | awk -F'\t' '
  function flush() { if (count) { p50 = v[int((count + 1) / 2)]; r = int(0.99 * count + 0.999); p99 = v[r < 1 ? 1 : r];
      printf "%-9s %5d articles  %-10s  n=%3d  p50 %8.1f ms  p99 %8.1f ms  %6.1f requests/s\n", s, a, k, count, p50, p99, 1000 * count / sum } }
  { key = $1 FS $2 FS $3; if (key != last) { flush(); count = 0; sum = 0; last = key; s = $1; a = $2; k = $3 }
    v[++count] = $4; sum += $4 }
  END { flush() }' | tee "$work/summary.txt"
