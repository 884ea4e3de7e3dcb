#!/bin/sh
# Benchmarks of Ségur Studio, run in the built product (./segur builds it when missing):
#   releng/scripts/bench.sh [json] [import] [validation] [text] [couloirs] [csv]   (json, validation, text and couloirs
#   when none is named; couloirs: a couloir dropped as data against the same compiled; csv: import-csv of 100,000 rows)
# Prints figures; asserts nothing.
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/java.sh"
segur_find_java || exit 2
product="$root/releng/fr.segurstudio.product/target/products/fr.segurstudio.product/linux/gtk/x86_64/segur-studio"
[ -x "$product/segur" ] || "$root/segur" --version >/dev/null || exit 2
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
exec "$JAVA_HOME/bin/java" $( [ "$(segur_java_version "$JAVA_HOME")" -ge 23 ] && echo --sun-misc-unsafe-memory-access=allow ) -Xms1g -Xmx2g -Djava.awt.headless=true -jar "$launcher" -install "$product" -data @none -nosplash \
  -application fr.segurstudio.bench.run "$@"
