# Sourced by the benchmark scripts, from the repository's root: builds talks-kg and its test
# classes, fetches the stock Fuseki jar from Maven Central once, and sets $stock (its path), $out
# (where results go) and $classpath (to run the benchmark classes of src/test/java/org/talkskg/load).
stock_version=5.6.0
out=target/bench
mvn -q -B -DskipTests clean package test-compile
mkdir -p "$out"
stock="$out/jena-fuseki-server-$stock_version.jar"
if [[ ! -f "$stock" ]]; then
  mvn -q -B dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$stock_version" -DoutputDirectory="$out"
fi
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
classpath="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
