#!/bin/sh
# Trains the one-shot command line's AOT cache (Java 25+, JEP 483/514/515) of a built product: one real run
# through the product's own start script (its JDK, its options), an export of golden dossiers (a .segur text and
# two ASP JSON files, of three couloirs: read, validated, written, zipped, recorded in the dossier), which the JVM records and turns into aot/segur-cli.aot at its exit.
# The start script uses the cache only with the JDK that trained it. Run by the product module's package phase.
#   releng/scripts/aot-train.sh [SEGUR]     (default: the product built in releng/fr.segurstudio.product/target)
root=$(cd "$(dirname "$0")/../.." && pwd)
segur=${1:-$root/releng/fr.segurstudio.product/target/products/fr.segurstudio.product/linux/gtk/x86_64/segur-studio/segur}
[ -x "$segur" ] || { echo "aot-train: $segur not found (build the product first)" >&2; exit 2; }
product=$(dirname "$segur")
work=$(mktemp -d "${TMPDIR:-/tmp}/segur-aot-train.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/home"
cp "$root"/bundles/fr.segurstudio.testing/golden/*.json "$root"/bundles/fr.segurstudio.testing/golden/*.segur "$work/in/"
rm -rf "$product/aot"
(cd "$work/in" && CI=true SEGUR_AOT_TRAIN=1 SEGUR_STUDIO_HOME="$work/home" "$segur" --no-daemon export --out "$work/out" --date 20260310 \
  --zip bio-sgl-durand.segur mdv-lgc-liberal.json rad-ris-radio2000.json > "$work/train.log" 2>&1)
code=$?
if [ ! -d "$product/aot" ]; then
  echo "aot-train: no AOT cache (the start script's Java is older than 25): the command line starts without one"
  exit 0
fi
if [ ! -s "$product/aot/segur-cli.aot" ]; then
  echo "aot-train: the training run (exit $code) left no cache:" >&2
  cat "$work/train.log" >&2
  rm -rf "$product/aot"
  exit 1
fi
echo "aot-train: $(du -h "$product/aot/segur-cli.aot" | cut -f 1) AOT cache for $(cat "$product/aot/jdk") (training export exit $code)"
