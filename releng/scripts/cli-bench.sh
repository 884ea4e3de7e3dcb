#!/bin/sh
# Out-of-process figures of the command line (issue 13), on a built product; prints medians, asserts nothing.
#   releng/scripts/cli-bench.sh [RUNS] [SEGUR...]
# RUNS (default 7) runs of each case; SEGUR: one or more start scripts to compare (default: ./segur of the
# checkout and the product's own script). The runs of the scripts are interleaved (paired), so a load that
# other processes put on the machine weighs on each alike. Cases: --version; validate of one file of 200
# requests; validate then export of 50 files of 200 requests (10,000), generated from the golden files
# (numeroEditeur renumbered, unique across the files); and the time of a small Python generator writing
# the same number of rows as CSV (the shape of the vendors' own scripts), for comparison.
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-7}
[ $# -gt 0 ] && shift
product="$root/releng/fr.segurstudio.product/target/products/fr.segurstudio.product/linux/gtk/x86_64/segur-studio"
[ $# -gt 0 ] || set -- "$root/segur" "$product/segur"
work=$(mktemp -d "${TMPDIR:-/tmp}/segur-cli-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 - "$root/bundles/fr.segurstudio.testing/golden" "$work/in" <<'PY'
import json, os, re, sys, glob
# amounts keep their written form (27450.00): read as marked strings, unquoted after writing
golden, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
seeds = sorted(glob.glob(os.path.join(golden, "*.json")))
n = 0
for f in range(50):
    with open(seeds[f % len(seeds)], encoding="utf-8") as s:
        doc = json.load(s, parse_float=lambda x: "\u0001" + x)
    line = json.dumps(doc["lignesImport"][0], ensure_ascii=False)
    lines = []
    for r in range(200):
        n += 1
        l = json.loads(line.replace('"00001"', '"%05d"' % n).replace('-00001.', '-%05d.' % n))
        l["numLigne"] = r + 1
        lines.append(l)
    doc["lignesImport"] = lines
    text = re.sub(r'"\\u0001([^"]*)"', r"\1", json.dumps(doc, ensure_ascii=False, indent=2))
    with open(os.path.join(out, "f%02d.json" % f), "w", encoding="utf-8") as t:
        t.write(text + "\n")
PY
cat > "$work/gen.py" <<'PY'
import csv, sys
w = csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"), delimiter=";")
w.writerow(["numeroEditeur", "dateCommande", "montantSegurHT", "siret", "finess", "raisonSociale"])
for i in range(10000):
    w.writerow(["%05d" % (i + 1), "14/03/2022", "%d,00" % (27450 + i), "12345678200010", "010000000", "Laboratoire %d" % i])
PY

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f s", m/1e9}'; }
case_run() { # label; $cmd is the command line; RUNS paired runs of each script, prints one median per script
  label=$1
  r=0
  while [ $r -lt "$runs" ]; do
    k=0
    for s in $scripts; do
      k=$((k + 1))
      rm -rf "$work/out"
      t0=$(now); eval "\"$s\" $cmd" >/dev/null 2>&1; t1=$(now)
      echo $((t1 - t0)) >> "$work/t.$k"
    done
    r=$((r + 1))
  done
  line="$label"
  k=0
  for s in $scripts; do
    k=$((k + 1))
    line="$line | $(median < "$work/t.$k")"
    rm -f "$work/t.$k"
  done
  echo "$line"
}
scripts="$*"
echo "cli-bench: $runs paired runs, medians; $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "case | $(echo "$scripts" | sed 's/ / | /g')"
cmd="--version"; case_run "--version"
cmd="validate \"$work/in/f00.json\""; case_run "validate 1 file, 200 requests"
cmd="validate \"$work\"/in/*.json"; case_run "validate 50 files, 10,000 requests"
cmd="export --out \"$work/out\" --date 20260310 \"$work\"/in/*.json"; case_run "export 50 files, 10,000 requests"
r=0
while [ $r -lt "$runs" ]; do
  t0=$(now); python3 "$work/gen.py" "$work/rows.csv"; t1=$(now); echo $((t1 - t0)) >> "$work/t.py"; r=$((r + 1))
done
echo "python generator of 10,000 CSV rows | $(median < "$work/t.py")"
