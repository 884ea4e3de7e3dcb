#!/bin/sh
# A couloir without a new build: unpacks the built product archive into a temporary folder, drops FIC-DEM there as
# data (bundles/fr.segurstudio.couloir.tests/couloirs/FIC-DEM: its .ecore and couloir.xml, no plug-in) and runs the
# FIC-DEM calls of golden/fic-dem/cas.txt; each must give the transcript the compiled FIC-DEM gives
# (golden/fic-dem/attendu/, checked by FicDemCliTest): same output, exit code and files. Then: segur couloirs says
# where FIC-DEM comes from (the install's couloirs/ folder, the user's as a .zip), a compiled couloir's code claimed
# by a folder is refused and said, a broken couloir is said with its file and line and never a stack trace, and the
# resident process sees a couloir dropped, changed or removed at its next call.
#   releng/scripts/couloir-data-test.sh [ARCHIVE]   (default: the archive built in releng/fr.segurstudio.product/target)
# Run by the product module's verify phase (skipped with -DskipTests). Exit 0 when all holds; else prints what
# differs and exits 1.
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=${1:-$(ls "$root"/releng/fr.segurstudio.product/target/products/segur-studio-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)}
[ -f "$archive" ] || { echo "couloir-data-test: product archive not found (build the product first)" >&2; exit 2; }
. "$root/releng/scripts/java.sh"
segur_find_java || exit 2
golden=$root/bundles/fr.segurstudio.couloir.tests/golden/fic-dem
ficdem=$root/bundles/fr.segurstudio.couloir.tests/couloirs/FIC-DEM
work=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/segur-couloir-test.XXXXXX")" && pwd -P)
segur=$work/produit/segur-studio/segur
XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
trap '[ -x "$segur" ] && "$segur" --stop-daemon >/dev/null 2>&1; rm -rf "$work"' EXIT
unset CI SEGUR_NO_DAEMON SEGUR_JAVA_OPTS
export SEGUR_STUDIO_HOME="$work/home" SEGUR_DAEMON_IDLE=120 LC_ALL=C.UTF-8
mkdir -p "$work/produit" "$SEGUR_STUDIO_HOME"
tar -xzf "$archive" -C "$work/produit" || { echo "couloir-data-test: cannot unpack $archive" >&2; exit 2; }
[ -x "$segur" ] || { echo "couloir-data-test: $segur missing from the archive" >&2; exit 2; }
install=$work/produit/segur-studio
mkdir -p "$install/couloirs"
cp -r "$ficdem" "$install/couloirs/FIC-DEM"
failed=0 checks=0

fail() {
  echo "couloir-data-test: FAILED: $*"
  failed=$((failed + 1))
}

# the transcript FicDemCliTest writes: the call, its output (for couloirs, FIC-DEM's lines but its origine), its
# errors, its exit code, then each file it wrote or changed in its fresh copy of the golden folder
transcript() {
  name=$1
  shift
  rm -rf "$work/cas"
  cp -r "$golden" "$work/cas"
  (cd "$work/cas" && "$segur" --no-daemon "$@" > "$work/out" 2> "$work/err"; echo $? > "$work/code")
  {
    printf '$ segur %s\n--- sortie\n' "$*"
    if [ "$name" = couloirs ]; then
      awk '/^[^ ]/ { p = ($0 ~ /^FIC-DEM\t/) } p && !/^  origine\t/ { print }' "$work/out"
    else
      sed "s#$work/cas#.#g" "$work/out"
    fi
    printf -- '--- erreurs\n'
    [ "$name" = couloirs ] || sed "s#$work/cas#.#g" "$work/err"
    printf -- '--- code %s\n' "$(cat "$work/code")"
    (cd "$work/cas" && find . -type f | sed 's#^\./##' | LC_ALL=C sort) | while IFS= read -r f; do
      if [ ! -f "$golden/$f" ] || ! cmp -s "$golden/$f" "$work/cas/$f"; then
        printf -- '--- fichier %s\n' "$f"
        sed "s#$work/cas#.#g" "$work/cas/$f"
      fi
    done
  } > "$work/transcript"
}

# 1. the calls of cas.txt, FIC-DEM dropped into the install's couloirs/ folder
tab=$(printf '\t')
while IFS="$tab" read -r name args; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086 # the arguments are words without spaces (cas.txt says so)
  transcript "$name" $args
  checks=$((checks + 1))
  if ! cmp -s "$golden/attendu/$name.txt" "$work/transcript"; then
    fail "$name: not what the compiled FIC-DEM gives"
    diff "$golden/attendu/$name.txt" "$work/transcript" | head -n 20
  fi
done < "$golden/cas.txt"

# 2. where FIC-DEM comes from
"$segur" --no-daemon couloirs > "$work/out" 2> "$work/err"
checks=$((checks + 1))
grep -qx "  origine${tab}dossier${tab}$install/couloirs/FIC-DEM" "$work/out" || { fail "couloirs: no origine line for the install's folder"; cat "$work/out"; }
[ ! -s "$work/err" ] || { fail "couloirs: unexpected errors"; cat "$work/err"; }
grep -qx "  origine${tab}plug-in${tab}fr.segurstudio.couloir.bio" "$work/out" || fail "couloirs: no origine line for the BIO plug-in"

# 3. the user's couloirs folder, the couloir as a .zip; the install's copy wins over it and says so
mkdir -p "$SEGUR_STUDIO_HOME/couloirs"
(cd "$ficdem/.." && python3 -c 'import sys, zipfile, os
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for f in sorted(os.listdir("FIC-DEM")): z.write(os.path.join("FIC-DEM", f))' "$SEGUR_STUDIO_HOME/couloirs/fic-dem.zip" 2>/dev/null) \
  || (cd "$ficdem/.." && jar cf "$SEGUR_STUDIO_HOME/couloirs/fic-dem.zip" FIC-DEM 2>/dev/null) \
  || (cd "$ficdem/.." && zip -qr "$SEGUR_STUDIO_HOME/couloirs/fic-dem.zip" FIC-DEM)
"$segur" --no-daemon couloirs > "$work/out" 2> "$work/err"
checks=$((checks + 1))
grep -q "Le couloir FIC-DEM de l'archive $SEGUR_STUDIO_HOME/couloirs/fic-dem.zip est ignoré : le dossier $install/couloirs/FIC-DEM déclare déjà ce couloir" "$work/err" \
  || { fail "two FIC-DEM: the install's should win and say so"; cat "$work/err"; }
rm -rf "$install/couloirs/FIC-DEM"
transcript validate validate fic-dem.json fic-dem.segur fic-dem-erreurs.json
checks=$((checks + 1))
cmp -s "$golden/attendu/validate.txt" "$work/transcript" || { fail "validate with FIC-DEM as a .zip of the user's folder"; diff "$golden/attendu/validate.txt" "$work/transcript" | head; }
"$segur" --no-daemon couloirs > "$work/out" 2>&1
grep -qx "  origine${tab}archive${tab}$SEGUR_STUDIO_HOME/couloirs/fic-dem.zip" "$work/out" || { fail "couloirs: no origine line for the .zip"; cat "$work/out"; }
rm -f "$SEGUR_STUDIO_HOME/couloirs/fic-dem.zip"

# 4. a compiled couloir wins over a folder claiming its code
cp -r "$ficdem" "$install/couloirs/BIO-SGL"
sed -i 's/code="FIC"/code="BIO"/; s/logiciel="DEM"/logiciel="SGL"/' "$install/couloirs/BIO-SGL/couloir.xml"
"$segur" --no-daemon couloirs > "$work/out" 2> "$work/err"
checks=$((checks + 1))
grep -q "Le couloir BIO-SGL du dossier $install/couloirs/BIO-SGL est ignoré : le plug-in fr.segurstudio.couloir.bio déclare déjà ce couloir (un couloir compilé l'emporte)" "$work/err" \
  || { fail "a folder claiming BIO-SGL: the plug-in should win and say so"; cat "$work/err"; }
rm -rf "$install/couloirs/BIO-SGL"

# 5. a broken couloir: said with its file and line, left out, no stack trace, and the other couloirs work
cp -r "$ficdem" "$install/couloirs/FIC-DEM"
sed -i 's/format" value="upper"/format" value="majuscules"/' "$install/couloirs/FIC-DEM/fictif.ecore"
line=$(grep -n 'value="majuscules"' "$install/couloirs/FIC-DEM/fictif.ecore" | head -n 1 | cut -d: -f1)
"$segur" --no-daemon couloirs > "$work/out" 2> "$work/err"
code=$?
checks=$((checks + 1))
grep -q "^attention : $install/couloirs/FIC-DEM/fictif.ecore, ligne $line : .*format inconnu « majuscules »" "$work/err" \
  || { fail "a broken .ecore: no message with its file and line $line"; cat "$work/err"; }
! grep -q "^FIC-DEM" "$work/out" || fail "a broken couloir is listed"
! grep -qiE "exception|	at |java\." "$work/err" "$work/out" || fail "a stack trace"
[ "$code" -eq 0 ] || fail "couloirs exits $code with a broken couloir"
rm -rf "$work/cas" && cp -r "$golden" "$work/cas"
(cd "$work/cas" && "$segur" --no-daemon validate fic-dem.json > "$work/out" 2> "$work/err")
code=$?
[ "$code" -eq 1 ] || fail "validate of a couloir left out exits $code, not 1"
! grep -qiE "exception|	at |java\." "$work/err" "$work/out" || fail "a stack trace from validate"
rm -rf "$install/couloirs/FIC-DEM"

# 6. the resident process sees a couloir dropped, changed and removed at its next call
if [ -x /usr/bin/python3 ] || command -v python3 >/dev/null 2>&1; then
  listed() { "$segur" couloirs 2> "$work/err" | grep "^FIC-DEM" ; }
  "$segur" couloirs > /dev/null 2>&1 # starts the resident process
  checks=$((checks + 1))
  [ -z "$(listed)" ] || fail "resident: FIC-DEM listed before it is dropped"
  cp -r "$ficdem" "$SEGUR_STUDIO_HOME/couloirs/FIC-DEM"
  listed | grep -q "Couloir fictif de démonstration" || fail "resident: a dropped couloir is not seen by the next call"
  sed -i 's/Couloir fictif de démonstration/Couloir fictif, deuxième version/' "$SEGUR_STUDIO_HOME/couloirs/FIC-DEM/couloir.xml"
  touch -d '+2 seconds' "$SEGUR_STUDIO_HOME/couloirs/FIC-DEM/couloir.xml"
  listed | grep -q "Couloir fictif, deuxième version" || fail "resident: a changed couloir is not seen by the next call"
  (cd "$work/cas" && "$segur" validate fic-dem.json > "$work/out" 2>&1) || fail "resident: validate with the changed couloir"
  rm -rf "$SEGUR_STUDIO_HOME/couloirs/FIC-DEM"
  [ -z "$(listed)" ] || fail "resident: a removed couloir is still listed"
  [ "$(ls "$XDG_RUNTIME_DIR"/segur-studio/*.sock 2>/dev/null | wc -l)" -ge 1 ] || fail "resident: no resident process answered"
else
  echo "couloir-data-test: resident process not tried, no python3"
fi

echo "couloir-data-test: $checks checks, $failed failed (FIC-DEM dropped as data into $(basename "$archive"))"
[ "$failed" -eq 0 ]
