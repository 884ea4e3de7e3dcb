#!/bin/sh
# Out-of-process figures of the command line, on a built product; prints medians, asserts nothing.
#   releng/scripts/cli-bench.sh [RUNS] [SEGUR...]
# RUNS (default 7) runs of each case; SEGUR: one or more start scripts to compare (default: the product's own
# script). Each script that knows --no-daemon is timed twice: one-shot runs (--no-daemon, a JVM per call) and
# through its resident process (started before the runs; its first call, which starts it, is a case of its
# own); an older script only one-shot. The runs of all columns are interleaved (paired), so a load that other
# processes put on the machine weighs on each alike. Cases: --version; help; validate of one file of 200
# requests; validate then export of 50 files of 200 requests (10,000), generated from the golden files
# (numeroEditeur renumbered, unique across the files), and their sum; and the time of a small Python
# generator writing the same number of rows as CSV (the shape of the vendors' own scripts), with the ratio
# of validate + export to it.
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-7}
[ $# -gt 0 ] && shift
product="$root/releng/fr.segurstudio.product/target/products/fr.segurstudio.product/linux/gtk/x86_64/segur-studio"
[ $# -gt 0 ] || set -- "$product/segur"
work=$(mktemp -d "${TMPDIR:-/tmp}/segur-cli-bench.XXXXXX")
# a resident process of the bench's own, stopped at the end
XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
unset CI SEGUR_NO_DAEMON
trap 'for s in $scripts; do "$s" --stop-daemon >/dev/null 2>&1; done; rm -rf "$work"' EXIT
python3 "$root/releng/scripts/bench-inputs.py" "$root/bundles/fr.segurstudio.testing/golden" "$work/in"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m/1e9}'; }
# the columns: "SCRIPT cold" for each script, and "SCRIPT resident" for one that has a resident process
columns=
for s in "$@"; do
  columns="$columns $s|cold"
  grep -q -- '--no-daemon' "$s" 2>/dev/null && columns="$columns $s|resident"
done
scripts="$*"
call() { # column, then the command line (eval'd): one timed call, its wall time in ns on stdout
  s=${1%|*} how=${1##*|}
  shift
  rm -rf "$work/out"
  if [ "$how" = cold ] && grep -q -- '--no-daemon' "$s"; then
    t0=$(now); eval "\"$s\" --no-daemon $*" >/dev/null 2>&1; t1=$(now)
  else
    t0=$(now); eval "\"$s\" $*" >/dev/null 2>&1; t1=$(now)
  fi
  echo $((t1 - t0))
}
case_run() { # label, command line; RUNS interleaved runs of each column, one median per column
  label=$1 cmd=$2
  r=0
  while [ $r -lt "$runs" ]; do
    k=0
    for c in $columns; do
      k=$((k + 1))
      call "$c" "$cmd" >> "$work/t.$k"
    done
    r=$((r + 1))
  done
  line="$label"
  k=0
  for c in $columns; do
    k=$((k + 1))
    median < "$work/t.$k" > "$work/m.$k.$3"
    line="$line | $(cat "$work/m.$k.$3") s"
    rm -f "$work/t.$k"
  done
  echo "$line"
}
first_call() { # the call that starts the resident process (after a stop), for each resident column
  line="first call (starts the resident process), --version"
  for c in $columns; do
    case $c in
      *"|resident")
        r=0
        while [ $r -lt "$runs" ]; do
          "${c%|*}" --stop-daemon >/dev/null 2>&1
          sleep 1
          call "$c" --version >> "$work/t.first"
          r=$((r + 1))
        done
        line="$line | $(median < "$work/t.first") s"
        rm -f "$work/t.first" ;;
      *) line="$line | -" ;;
    esac
  done
  echo "$line"
}
python=
for p in /usr/bin/python3 /usr/local/bin/python3 "$(command -v python3)"; do [ -x "$p" ] && { python=$p; break; }; done
echo "cli-bench: $runs interleaved runs, medians; $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg)"
header="case"
for c in $columns; do header="$header | ${c%|*} (${c##*|})"; done
echo "$header"
first_call
# the resident processes are up, and each has run a call
for c in $columns; do call "$c" --version > /dev/null; done
case_run "--version" "--version"
case_run "help" "help"
case_run "validate 1 file, 200 requests" "validate \"$work/in/f00.json\""
case_run "validate 50 files, 10,000 requests" "validate \"$work\"/in/*.json" v
case_run "export 50 files, 10,000 requests" "export --out \"$work/out\" --date 20260310 \"$work\"/in/*.json" e
r=0
while [ $r -lt "$runs" ]; do
  t0=$(now); "$python" "$root/releng/scripts/csv-peer.py" "$work/rows.csv"; t1=$(now); echo $((t1 - t0)) >> "$work/t.py"; r=$((r + 1))
done
py=$(median < "$work/t.py")
line="validate + export of 10,000 (sum of medians)"
ratio="ratio to the Python generator ($python: $py s)"
k=0
for c in $columns; do
  k=$((k + 1))
  sum=$(echo "$(cat "$work/m.$k.v") $(cat "$work/m.$k.e")" | awk '{printf "%.2f", $1 + $2}')
  line="$line | $sum s"
  ratio="$ratio | $(echo "$sum $py" | awk '{printf "%.1f", $1 / $2}')x"
done
echo "$line"
echo "python generator of 10,000 CSV rows | $py s"
echo "$ratio"
