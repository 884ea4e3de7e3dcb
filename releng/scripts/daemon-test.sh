#!/bin/sh
# The resident process gives what a one-shot run gives, byte for byte: runs each case once with
# --no-daemon and once through the resident process of a built product, and compares stdout, stderr, the exit
# code and the files written with their permissions — under several umasks, with stdout on a full disk or a
# closed pipe, from a deleted folder, with 70,000 arguments, hostile values, a socket path of 150 bytes (issue
# 22). It also runs real processes at once on one dossier and into one folder, and kills real exports between
# their deposit and its record. Exit 0 when all agree and hold; else prints the differences and exits 1.
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
# set before run: the calls' umask (UMASK), where their stdout goes (STDOUT), a command that prepares $work/out (SETUP)
UMASK=022
STDOUT=
SETUP=
# the one-shot run with the product's AOT cache (aot/, trained by the build with Java 25+) is a third side
aot=
[ -f "$(dirname "$segur")/aot/segur-cli.aot" ] && aot=aot
run() { # label, directory, then the call's arguments: cold (without the AOT cache), with it, resident, compared
  label=$1 dir=$2
  shift 2
  for how in cold $aot resident; do
    rm -rf "$work/out"
    [ -z "${SETUP:-}" ] || sh -c "$SETUP"
    out=${STDOUT:-$work/$how.out}
    : > "$work/$how.out"
    if [ $how = cold ]; then
      (umask "$UMASK"; cd "$dir" && SEGUR_AOT=off SEGUR_CLI_BUNDLES=all "$segur" --no-daemon "$@" > "$out" 2> "$work/$how.err"; echo $? > "$work/$how.code")
    elif [ $how = aot ]; then
      (umask "$UMASK"; cd "$dir" && "$segur" --no-daemon "$@" > "$out" 2> "$work/$how.err"; echo $? > "$work/$how.code")
    else
      (umask "$UMASK"; cd "$dir" && "$segur" "$@" > "$out" 2> "$work/$how.err"; echo $? > "$work/$how.code")
    fi
    # what the call wrote (a deposit), as a listing with each file's checksum and every entry's permissions
    if [ -d "$work/out" ]; then
      (cd "$work/out" && find . -type f | sort | xargs cksum && find . | sort | xargs stat -c '%a %n') > "$work/$how.files"
    else
      : > "$work/$how.files"
    fi
    sed -i 's/segur-erreur-[0-9]*\.txt/segur-erreur-N.txt/' "$work/$how.err" # a failure's trace file has a new name each time
  done
  cases=$((cases + 1))
  for other in $aot resident; do
    for part in code out err files; do
      if ! cmp -s "$work/cold.$part" "$work/$other.$part"; then
        echo "daemon-test: DIFFERENT $part ($other): $label"
        diff "$work/cold.$part" "$work/$other.$part" | head -n 20
        failed=$((failed + 1))
      fi
    done
  done
}
if [ -n "$aot" ]; then
  # the cache is used (the launcher's classes come from it), and a stale one (another JDK's) is not, in silence
  SEGUR_JAVA_OPTS="-Xlog:class+load:file=$work/classes" "$segur" --no-daemon --version > /dev/null 2>&1
  grep -q 'org.eclipse.equinox.launcher.Main source: shared objects file' "$work/classes" \
    || { echo "daemon-test: the one-shot run did not use the AOT cache"; failed=$((failed + 1)); }
  echo "daemon-test: one-shot runs compared with and without the AOT cache"
fi
# the command line's own configuration (its bundles only) is used when the build wrote it; the reference runs
# ("cold") go with every bundle and without the AOT cache
lean=$(dirname "$segur")/configuration-cli
if [ -d "$lean" ]; then
  rm -rf "$lean/org.eclipse.osgi"
  "$segur" --no-daemon --version > /dev/null 2>&1
  [ -d "$lean/org.eclipse.osgi" ] || { echo "daemon-test: the one-shot run did not use configuration-cli"; failed=$((failed + 1)); }
  echo "daemon-test: one-shot runs compared with every bundle and with the command line's own"
fi
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
for f in sarif github gitlab junit; do
  run "validate --format $f from another directory" "$in/sub" validate --format $f ../bio-sgl-durand.segur ../erreurs.json ../absent.json
done
run "validate --mode asp" "$in" validate --mode asp mdv-lgc-liberal.json
run "import" "$in" import rad-ris-radio2000.json erreurs.json
run "couloirs" "$in" couloirs
run "export" "$in/sub" export --out ../../out --date 20260310 ../bio-sgl-durand.json ../mdv-lgc-liberal.json ../rad-ris-radio2000.json
run "export --zip --verbose" "$in" export --out "$work/out" --date 20260310 --zip --verbose bio-sgl-durand.json
run "export refused" "$in" export --out "$work/out" --date 20260310 erreurs.json
run "export without --out" "$in" export bio-sgl-durand.json
run "etat" "$in" etat --format csv bio-sgl-durand.segur
run "format --check" "$in" format --check bio-sgl-durand.segur
# each call's files get that call's umask, whatever the umask the resident process started under
for u in 077 000 027; do
  UMASK=$u
  run "export under umask $u" "$in" export --out "$work/out/sous" --date 20260310 bio-sgl-durand.json
  run "convert under umask $u" "$in" convert --to dsl --out "$work/out/texte" mdv-lgc-liberal.json
done
UMASK=022
# a result never cut short in silence: stdout on a full disk, a pipe whose reader closed
STDOUT=/dev/full
run "etat --format csv > /dev/full" "$in" etat --format csv bio-sgl-durand.segur
run "validate > /dev/full" "$in" validate bio-sgl-durand.json erreurs.json
STDOUT=
mkfifo "$work/tube"
for how in cold resident; do
  (exec 3<"$work/tube"; exec 3<&-) &
  if [ $how = cold ]; then flag=--no-daemon; else flag=; fi
  (cd "$in" && "$segur" $flag etat --format csv bio-sgl-durand.segur > "$work/tube" 2> "$work/$how.err"; echo $? > "$work/$how.code")
  wait
done
cases=$((cases + 1))
if ! cmp -s "$work/cold.err" "$work/resident.err" || ! cmp -s "$work/cold.code" "$work/resident.code" || [ "$(cat "$work/cold.code")" != 2 ]; then
  echo "daemon-test: DIFFERENT: stdout on a closed pipe"; cat "$work/cold.code" "$work/cold.err" "$work/resident.code" "$work/resident.err"
  failed=$((failed + 1))
fi
# a working directory deleted under the shell: said, exit 2, the same either way
for how in cold resident; do
  mkdir -p "$work/parti"
  if [ $how = cold ]; then flag=--no-daemon; else flag=; fi
  (cd "$work/parti" && rmdir "$work/parti" && "$segur" $flag validate x.json > "$work/$how.out" 2> "$work/$how.err"; echo $? > "$work/$how.code")
done
cases=$((cases + 1))
if ! cmp -s "$work/cold.err" "$work/resident.err" || [ "$(cat "$work/resident.code")" != 2 ] || ! grep -q "le dossier courant n'existe plus" "$work/resident.err"; then
  echo "daemon-test: DIFFERENT: deleted working directory"; cat "$work/cold.err" "$work/resident.err"
  failed=$((failed + 1))
fi
# 65,536 arguments and more: answered as a one-shot run answers them
run "70000 arguments" "$in" validate $(seq -f 'absent-%g.json' 70000)
# values echoed from returned files and dossiers, escaped and shortened; formulas neutralised in the CSV
python3 - "$golden/bio-sgl-durand.json" "$in/retour-hostile.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"), parse_float=str)
line = d["lignesImport"][0]
line.update(numeroASP="=HYPERLINK(\"x\")" + "9" * 5000, codeTraitement="0000", libelleTraitement="ok\u202e\u001b[2J\nfin")
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(d, ensure_ascii=False))
PY
SETUP="mkdir -p '$work/out/d' && cp '$in/bio-sgl-durand.segur' '$work/out/d/hostile.segur'"
run "retour of hostile values" "$in" retour --dossiers "$work/out/d" retour-hostile.json
SETUP=
mkdir -p "$work/hostile" && cp "$in/bio-sgl-durand.segur" "$work/hostile/"
(cd "$in" && "$segur" --no-daemon retour --dossiers "$work/hostile" retour-hostile.json > /dev/null 2>&1)
run "etat --format csv of hostile values" "$in" etat --format csv "$work/hostile"
# two writers of one dossier in processes of their own, at once (one-shot and resident): both changes kept
python3 - "$golden/bio-sgl-durand.segur" "$golden/bio-sgl-durand.json" "$work/w" <<'PY'
import json, os, sys
text = open(sys.argv[1], encoding="utf-8").read()
start, end = text.index('  demande "00001"'), text.rindex("}")
head, request = text[:start], text[start:end]
os.makedirs(sys.argv[3] + "/dossiers", exist_ok=True)
lives = {1: '    statut DEPOSEE\n', 2: '    statut DEPOSEE\n', 3: '', 4: ''}
body = "".join(request.replace("00001", "%05d" % n).replace("{\n", "{\n" + life, 1) + "\n" for n, life in lives.items())
open(sys.argv[3] + "/dossiers/bio.segur", "w", encoding="utf-8").write(head + body + "}\n")
for n in lives:
    open(sys.argv[3] + "/dossiers/BIO-SGL-Va1-BDC-%05d.pdf" % n, "w").write("%PDF-1.4\n")
d = json.load(open(sys.argv[2], encoding="utf-8"), parse_float=str)
first = d["lignesImport"][0]
second = dict(first, numLigne=2, numeroEditeur="00002", codeTraitement="E012", libelleTraitement="FINESS invalide")
first.update(numeroASP="ASP-1", codeTraitement="0000", libelleTraitement="Demande acceptée")
d["lignesImport"] = [first, second]
open(sys.argv[3] + "/retour.json", "w", encoding="utf-8").write(json.dumps(d, ensure_ascii=False))
PY
cp -r "$work/w" "$work/w0"
for how in --no-daemon ""; do
  rm -rf "$work/w" && cp -r "$work/w0" "$work/w"
  (cd "$work/w" && "$segur" $how retour --dossiers dossiers retour.json > retour.out 2>&1) &
  (cd "$work/w" && "$segur" $how export --out depot --date 20260310 dossiers/bio.segur > export.out 2>&1) &
  wait
  cases=$((cases + 1))
  t=$(cat "$work/w/dossiers/bio.segur")
  case $t in *'numeroASP "ASP-1"'*'codeTraitement "E012"'*) ;; *) echo "daemon-test: retour lost beside export ($how)"; failed=$((failed + 1)) ;; esac
  [ "$(grep -c 'statut DEPOSEE' "$work/w/dossiers/bio.segur")" -ge 2 ] && grep -q 'JSON-ANS0000001-20260310-001.json' "$work/w/dossiers/bio.segur" \
    || { echo "daemon-test: export's record lost beside retour ($how)"; cat "$work/w/retour.out" "$work/w/export.out"; failed=$((failed + 1)); }
done
# four converts into one name at once: one writes, three are refused
for k in 1 2 3 4; do mkdir -p "$work/c/in$k"; sed "s/ANS0000001/ANS000000$k/" "$golden/bio-sgl-durand.json" > "$work/c/in$k/x.json"; done
for k in 1 2 3 4; do (cd "$work/c" && "$segur" --no-daemon convert --to dsl --out sortie "in$k/x.json" > "out$k" 2>&1; echo $? > "code$k") & done
wait
cases=$((cases + 1))
[ "$(cat "$work"/c/code* | sort | tr -d '\n')" = "0222" ] || { echo "daemon-test: concurrent converts: $(cat "$work"/c/code*)"; failed=$((failed + 1)); }
# an export killed at random moments: the next command records what was deposited, nothing is deposited twice
python3 - "$golden/bio-sgl-durand.segur" "$work/k0" <<'PY'
import os, sys
text = open(sys.argv[1], encoding="utf-8").read()
start, end = text.index('  demande "00001"'), text.rindex("}")
os.makedirs(sys.argv[2], exist_ok=True)
body = "".join(text[start:end].replace("00001", "%05d" % n) + "\n" for n in range(1, 401))
open(sys.argv[2] + "/bio.segur", "w", encoding="utf-8").write(text[:start] + body + "}\n")
for n in range(1, 401):
    open(sys.argv[2] + "/BIO-SGL-Va1-BDC-%05d.pdf" % n, "w").write("%PDF-1.4\n")
PY
# how long a whole export takes here and now, then kills at moments from the middle to the very end
start=$(date +%s%N)
(cd "$work/k0" && cp -r . ../kt && cd ../kt && "$segur" --no-daemon export --out depot --date 20260310 bio.segur > /dev/null 2>&1)
whole=$(( ($(date +%s%N) - start) / 1000000 ))
for percent in 70 85 93 97; do
  rm -rf "$work/k" && cp -r "$work/k0" "$work/k"
  (cd "$work/k" && exec "$segur" --no-daemon export --out depot --date 20260310 bio.segur > /dev/null 2>&1) &
  pid=$!
  sleep "$(awk "BEGIN { print $whole * $percent / 100000 }")"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  staged=$(ls -d "$work"/k/depot/.depot-en-cours-* 2>/dev/null | wc -l)
  (cd "$work/k" && "$segur" --no-daemon etat --format csv bio.segur > etat.csv 2> etat.err)
  cases=$((cases + 1))
  deposited=$(cat "$work"/k/depot/*.manifeste.json 2>/dev/null | grep -c '"numeroEditeur"')
  recorded=$(grep -c ';DEPOSEE;' "$work/k/etat.csv")
  if [ "$deposited" != "$recorded" ]; then
    echo "daemon-test: export killed at $percent % of $whole ms: $deposited deposited, $recorded recorded"; cat "$work/k/etat.err"; failed=$((failed + 1))
  fi
  echo "daemon-test: export killed at $percent % of $whole ms (staging left: $staged): $deposited deposited, $recorded recorded by the next command$(grep -o 'une commande interrompue' "$work/k/etat.err" | head -n 1 | sed 's/^/, said: /')"
done
# the same environment variable the validator reads (the profiles file's folder) on both sides
export SEGUR_STUDIO_HOME="$work/home"
printf 'ANS0000001 = BIO-SGL-Va1\n' > "$work/home/profils.properties"
run "SEGUR_STUDIO_HOME" "$in" validate bio-sgl-durand.json
unset SEGUR_STUDIO_HOME
# a socket path longer than a socket address holds: the resident process still answers, nothing in configuration/
long=$work/$(printf 'un-dossier-de-travail-%.0s' 1 2 3 4 5 6)
mkdir -m 700 "$long"
configuration=$(ls "$(dirname "$segur")/configuration" | wc -l)
short=$XDG_RUNTIME_DIR
XDG_RUNTIME_DIR=$long
run "socket path of 150 bytes" "$in" validate bio-sgl-durand.json
XDG_RUNTIME_DIR=$short
if ! ls "$long"/segur-studio/*.sock >/dev/null 2>&1 || [ "$(ls "$(dirname "$segur")/configuration" | wc -l)" != "$configuration" ]; then
  echo "daemon-test: no resident process on a long socket path, or a log in configuration/"; failed=$((failed + 1))
fi
XDG_RUNTIME_DIR=$long "$segur" --stop-daemon >/dev/null 2>&1
served=$(ls "$XDG_RUNTIME_DIR"/segur-studio/*.sock 2>/dev/null | wc -l)
echo "daemon-test: $cases cases, $failed differences; resident processes: $served"
[ "$served" -ge 1 ] || { echo "daemon-test: no resident process answered (python3 missing?)"; exit 1; }
[ "$failed" -eq 0 ]
