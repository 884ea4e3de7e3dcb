#!/bin/sh
# The resident process gives what a one-shot run gives, byte for byte (issue 13): runs each case once with
# --no-daemon and once through the resident process of a built product, and compares stdout, stderr, the exit
# code and the files written. Exit 0 when all agree; else prints the differences and exits 1.
#   releng/scripts/daemon-test.sh [SEGUR]     (default: the product built in releng/fr.segurstudio.product/target)
# Run by the product module's verify phase (skipped with -DskipTests). It uses a resident process of its own
# (a private XDG_RUNTIME_DIR), stopped at the end.
root=$(cd "$(dirname "$0")/../.." && pwd)
segur=${1:-$root/releng/fr.segurstudio.product/target/products/fr.segurstudio.product/linux/gtk/x86_64/segur-studio/segur}
[ -x "$segur" ] || { echo "daemon-test: $segur not found (build the product first)" >&2; exit 2; }
if [ ! -x /usr/bin/python3 ] && [ ! -x /usr/local/bin/python3 ] && ! command -v python3 >/dev/null 2>&1; then
  echo "daemon-test: skipped, no python3 (the start script then always runs a JVM of its own)"
  exit 0
fi
. "$root/releng/scripts/java.sh"
segur_find_java || exit 2
work=$(mktemp -d "${TMPDIR:-/tmp}/segur-daemon-test.XXXXXX")
XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
unset CI SEGUR_NO_DAEMON
export SEGUR_DAEMON_IDLE=120
trap '"$segur" --stop-daemon >/dev/null 2>&1; rm -rf "$work"' EXIT
golden=$root/bundles/fr.segurstudio.testing/golden
mkdir -p "$work/in/sub" "$work/home"
cp "$golden"/*.json "$golden"/*.segur "$work/in/"
# a file with errors (a misspelt key, a bad SIRET), one that is not JSON, a piece file next to a request
sed -e 's/"SIRET"/"siret"/' "$golden/bio-sgl-durand.json" > "$work/in/erreurs.json"
sed -e 's/"numeroAns": "ANS0000001"/"numeroAns": "ANS00X"/' "$golden/rad-ris-radio2000.json" > "$work/in/ans.json"
printf '{ "lignesImport": [ ' > "$work/in/coupe.json"
printf '%%PDF-1.4 bon de commande\n' > "$work/in/BIO-SGL-Va1-BDC-00001.pdf"
cases=0
failed=0
run() { # label, directory, then the call's arguments: cold, then resident, compared
  label=$1 dir=$2
  shift 2
  for how in cold resident; do
    rm -rf "$work/out"
    if [ $how = cold ]; then
      (cd "$dir" && "$segur" --no-daemon "$@" > "$work/$how.out" 2> "$work/$how.err"; echo $? > "$work/$how.code")
    else
      (cd "$dir" && "$segur" "$@" > "$work/$how.out" 2> "$work/$how.err"; echo $? > "$work/$how.code")
    fi
    # what the call wrote (a deposit), as a listing with each file's checksum
    if [ -d "$work/out" ]; then (cd "$work/out" && find . -type f | sort | xargs cksum) > "$work/$how.files"; else : > "$work/$how.files"; fi
    sed -i 's/segur-erreur-[0-9]*\.txt/segur-erreur-N.txt/' "$work/$how.err" # a failure's trace file has a new name each time
  done
  cases=$((cases + 1))
  for part in code out err files; do
    if ! cmp -s "$work/cold.$part" "$work/resident.$part"; then
      echo "daemon-test: DIFFERENT $part: $label"
      diff "$work/cold.$part" "$work/resident.$part" | head -n 20
      failed=$((failed + 1))
    fi
  done
}
in=$work/in
run "--version" "$in" --version
run "help" "$in" help
run "help validate" "$in" help validate
run "--help" "$in" --help
run "unknown command" "$in" valdate x.json
run "usage error" "$in" validate --mode nimporte bio-sgl-durand.json
run "validate golden JSON" "$in" validate bio-sgl-durand.json mdv-lgc-liberal.json mdv-lgc-structure.json rad-ris-radio2000.json
run "validate .segur" "$in" validate bio-sgl-durand.segur rad-ris-radio2000.segur
run "validate with errors" "$in" validate erreurs.json ans.json coupe.json
run "validate a missing file" "$in" validate absent.json bio-sgl-durand.json
run "validate relative path from another directory" "$in/sub" validate ../bio-sgl-durand.json ../erreurs.json
run "validate --format json" "$in" validate --format json bio-sgl-durand.json erreurs.json coupe.json absent.json
run "validate --mode asp" "$in" validate --mode asp mdv-lgc-liberal.json
run "import" "$in" import rad-ris-radio2000.json erreurs.json
run "couloirs" "$in" couloirs
run "export" "$in/sub" export --out ../../out --date 20260310 ../bio-sgl-durand.json ../mdv-lgc-liberal.json ../rad-ris-radio2000.json
run "export --zip --verbose" "$in" export --out "$work/out" --date 20260310 --zip --verbose bio-sgl-durand.json
run "export refused" "$in" export --out "$work/out" --date 20260310 erreurs.json
run "export without --out" "$in" export bio-sgl-durand.json
run "etat" "$in" etat --format csv bio-sgl-durand.segur
run "format --check" "$in" format --check bio-sgl-durand.segur
# the same environment variable the validator reads (the profiles file's folder) on both sides
export SEGUR_STUDIO_HOME="$work/home"
printf 'ANS0000001 = BIO-SGL-Va1\n' > "$work/home/profils.properties"
run "SEGUR_STUDIO_HOME" "$in" validate bio-sgl-durand.json
unset SEGUR_STUDIO_HOME
served=$(ls "$XDG_RUNTIME_DIR"/segur-studio/*.sock 2>/dev/null | wc -l)
echo "daemon-test: $cases cases, $failed differences; resident processes: $served"
[ "$served" -ge 1 ] || { echo "daemon-test: no resident process answered (python3 missing?)"; exit 1; }
[ "$failed" -eq 0 ]
