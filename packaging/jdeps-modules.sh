#!/usr/bin/env bash
# Prints the JDK modules that the app jar and its runtime dependencies use, per jar and in total, so that the
# list in packaging/jlink.args can be reviewed after a dependency changes. Run it after `mvn -Ppackage package`
# (it reads the jars that build put in target/jpackage/). jdeps sees only what bytecode names; modules used
# through services or reflection (jdk.charsets, jdk.localedata, jdk.unsupported, jdk.zipfs) stay hand-listed.
set -euo pipefail
cd "$(dirname "$0")/.."
input=target/jpackage/input
javafx=target/jpackage/javafx
[ -d "$input" ] && [ -d "$javafx" ] || { echo "jdeps-modules: run mvn -Ppackage -DskipTests package first" >&2; exit 1; }

# Everything on the module path: POI ships real module descriptors that require its dependencies by module name,
# so jdeps needs the other jars as (automatic) modules too. Only the platform JavaFX jars, not the empty stubs.
modpath="$input:$(ls "$javafx"/javafx-*-*-*.jar | paste -sd:)"
all=()
for jar in "$input"/*.jar; do
  deps=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$modpath" "$jar")
  printf '%-40s %s\n' "$(basename "$jar")" "$deps"
  IFS=, read -ra mods <<< "$deps"
  all+=("${mods[@]}")
done
echo
echo "JDK modules (java.*, jdk.*) in total:"
printf '%s\n' "${all[@]}" | grep -E '^(java|jdk)\.' | sort -u | paste -sd,
