#!/bin/sh
# The phases of Ségur Studio's cold starts, on a built product; prints medians, asserts nothing.
#   releng/scripts/startup-bench.sh [RUNS] [SEGUR...]
# RUNS (default 5) runs of each case; SEGUR: one or more start scripts to compare (default: the product's own
# script), their runs interleaved (paired), so that a load other processes put on the machine weighs on each
# alike. A SEGUR may be a wrapper that sets a variable (SEGUR_AOT=off...) to measure one lever alone.
# The window's cases run under DISPLAY (else an Xvfb and openbox of the bench's own, stopped at the end) with a
# fresh home each run, and read the phases the product writes with -Dsegur.startup.log=FILE (StartupLog in
# fr.segurstudio.ui): launcher main → application started (bundles resolved) → workbench created → window
# opened → each editor's input read → first paint → workbench started → window answers → first validation shown.
# Cases: `segur FILE.segur` (200 requests); `segur` restoring 10 dossier editors (the session left by a run
# that opened them and quit with Ctrl+Q); `segur` with no argument (a fresh home). The one-shot command line
# (--no-daemon, as CI runs it): the JVM alone (java -version), --version, validate then export of 50 files of
# 200 requests (10,000), and a small Python generator writing as many CSV rows (the peer of the issue).
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
[ $# -gt 0 ] && shift
product="$root/releng/fr.segurstudio.product/target/products/fr.segurstudio.product/linux/gtk/x86_64/segur-studio"
[ $# -gt 0 ] || set -- "$product/segur"
cases=${SEGUR_BENCH_CASES:-file restore none cli}
work=$(mktemp -d "${TMPDIR:-/tmp}/segur-startup-bench.XXXXXX")
xvfb= wm=
cleanup() {
  [ -z "$wm" ] || kill "$wm" 2>/dev/null
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
unset CI SEGUR_NO_DAEMON
if [ -z "${DISPLAY:-}" ]; then
  for n in 71 72 73 74 75 76 77 78 79; do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=":$n"
    sleep 1
    command -v openbox >/dev/null && { openbox >/dev/null 2>&1 & wm=$!; }
    break
  done
fi

# the inputs: 50 JSON files of 200 requests (10,000), and 10 .segur dossiers of 200 requests
python3 "$root/releng/scripts/bench-inputs.py" "$root/bundles/fr.segurstudio.testing/golden" "$work/in" "$work/dossiers"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) {print "-"; exit} m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m/1e9}'; }

# One start of the window: script, home, the phase that ends it, then its arguments. The phases, in ns since the
# script was started, go to $work/phases ("NS PHASE" lines); ends it when the last phase is logged (or about 300 s).
window() {
  s=$1 home=$2 last=$3
  shift 3
  log=$work/startup.log
  rm -f "$log"
  t0=$(now)
  SEGUR_STUDIO_HOME=$home HOME=$home LANG=fr_FR.UTF-8 SEGUR_JAVA_OPTS="-Dsegur.startup.log=$log" "$s" "$@" >"$work/gui.out" 2>&1 &
  pid=$!
  waited=0
  while ! grep -q "$last" "$log" 2>/dev/null && [ $waited -lt 6000 ] && kill -0 $pid 2>/dev/null; do
    sleep 0.05
    waited=$((waited + 1))
  done
  kill $pid 2>/dev/null
  wait $pid 2>/dev/null
  : > "$work/phases"
  [ -f "$log" ] && while read -r ms phase; do
    echo "$((ms * 1000000 - t0)) $phase" >> "$work/phases"
  done < "$log"
  grep -q "$last" "$log" 2>/dev/null || echo "-1 NOT REACHED: $last" >> "$work/phases"
}

# The session of 10 editors a restore starts from: a run that opens them, then Ctrl+Q (the window saves it).
prepare_session() { # script, home
  mkdir -p "$2"
  log=$work/prepare.log
  rm -f "$log"
  SEGUR_STUDIO_HOME=$2 HOME=$2 LANG=fr_FR.UTF-8 SEGUR_JAVA_OPTS="-Dsegur.startup.log=$log" "$1" "$work"/dossiers/*.segur >/dev/null 2>&1 &
  pid=$!
  waited=0
  while ! grep -q 'window answers' "$log" 2>/dev/null && [ $waited -lt 6000 ] && kill -0 $pid 2>/dev/null; do sleep 0.05; waited=$((waited + 1)); done
  sleep 5
  w=$(xdotool search --sync --onlyvisible --pid $pid 2>/dev/null | head -n 1)
  [ -n "$w" ] && xdotool windowactivate --sync "$w" key ctrl+q 2>/dev/null
  waited=0
  while kill -0 $pid 2>/dev/null && [ $waited -lt 1200 ]; do sleep 0.05; waited=$((waited + 1)); done
  kill $pid 2>/dev/null
  wait $pid 2>/dev/null
  grep -rqs 'dossier-09.segur' "$2/workspace/.metadata/.plugins/org.eclipse.e4.workbench" \
    || echo "startup-bench: the session of $1 was not saved (restore figures are of a window without editors)" >&2
}

# The phases' medians per column: one table per case
table() { # case label
  echo
  echo "$1 ($runs interleaved runs, medians, seconds from the start script; load $(cut -d ' ' -f 1-3 /proc/loadavg))"
  header="phase"
  k=0
  for s in $columns; do k=$((k + 1)); header="$header | $k"; done
  echo "$header"
  sed 's/^[^ ]* //' "$work"/p.*.* 2>/dev/null | awk '!seen[$0]++' > "$work/names"
  # in the order of the first column's first run
  while read -r phase; do
    line="$phase"
    k=0
    for s in $columns; do
      k=$((k + 1))
      line="$line | $(cat "$work"/p.$k.* 2>/dev/null | awk -v p="$phase" '{n=$1; $1=""; sub(/^ /, ""); if ($0 == p) print n}' | median)"
    done
    echo "$line"
  done < "$work/names"
  rm -f "$work"/p.*.*
}

columns="$*"
echo "startup-bench: $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg); JDK of the start script: $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "${JAVA_HOME:-/nonexistent}/release" 2>/dev/null)"
k=0
for s in $columns; do k=$((k + 1)); echo "column $k: $s"; done

for c in $cases; do
  case $c in
    file)
      # a warm-up start per column (the OSGi cache of the install), not counted
      k=0
      for s in $columns; do k=$((k + 1)); window "$s" "$work/h.$k" "window answers" "$work/dossiers/dossier-00.segur"; rm -rf "$work/h.$k"; done
      r=0
      while [ $r -lt "$runs" ]; do
        k=0
        for s in $columns; do
          k=$((k + 1))
          window "$s" "$work/h.$k" "validation shown" "$work/dossiers/dossier-00.segur"
          cp "$work/phases" "$work/p.$k.$r"
          rm -rf "$work/h.$k"
        done
        r=$((r + 1))
      done
      table "segur FILE.segur (200 requests), until its first validation is shown" ;;
    restore)
      k=0
      for s in $columns; do k=$((k + 1)); prepare_session "$s" "$work/session.$k"; done
      r=0
      while [ $r -lt "$runs" ]; do
        k=0
        for s in $columns; do
          k=$((k + 1))
          rm -rf "$work/h.$k" && cp -a "$work/session.$k" "$work/h.$k"
          window "$s" "$work/h.$k" "validation shown" 
          cp "$work/phases" "$work/p.$k.$r"
          rm -rf "$work/h.$k"
        done
        r=$((r + 1))
      done
      table "segur restoring 10 dossier editors (200 requests each), until the active one's validation is shown" ;;
    none)
      r=0
      while [ $r -lt "$runs" ]; do
        k=0
        for s in $columns; do
          k=$((k + 1))
          window "$s" "$work/h.$k" "window answers"
          cp "$work/phases" "$work/p.$k.$r"
          rm -rf "$work/h.$k"
        done
        r=$((r + 1))
      done
      table "segur with no argument (fresh home), until the window answers" ;;
    cli)
      . "$root/releng/scripts/java.sh"
      segur_find_java || exit 2
      r=0
      while [ $r -lt "$runs" ]; do
        k=0
        for s in $columns; do
          k=$((k + 1))
          # the JVM alone (the build's Java, which the start script finds first here), with the one-shot run's options
          t0=$(now); "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -Xshare:auto -version >/dev/null 2>&1; t1=$(now)
          echo "$((t1 - t0)) the JVM alone (java -version)" > "$work/p.$k.$r"
          t0=$(now); CI=true "$s" --no-daemon --version >/dev/null 2>&1; t1=$(now)
          echo "$((t1 - t0)) --version" >> "$work/p.$k.$r"
          rm -rf "$work/out"
          t0=$(now); CI=true "$s" --no-daemon validate "$work"/in/*.json >/dev/null 2>&1; t1=$(now)
          t2=$(now); CI=true "$s" --no-daemon export --out "$work/out" --date 20260310 "$work"/in/*.json >/dev/null 2>&1; t3=$(now)
          echo "$((t1 - t0)) validate 50 files, 10,000 requests" >> "$work/p.$k.$r"
          echo "$((t3 - t2)) export 50 files, 10,000 requests" >> "$work/p.$k.$r"
          echo "$((t1 - t0 + t3 - t2)) validate + export of 10,000" >> "$work/p.$k.$r"
        done
        t0=$(now); python3 "$root/releng/scripts/csv-peer.py" "$work/rows.csv"; t1=$(now)
        echo "$((t1 - t0))" >> "$work/py"
        r=$((r + 1))
      done
      table "one-shot command line (--no-daemon, CI=true)"
      echo "python generator of 10,000 CSV rows | $(median < "$work/py")" ;;
    *) echo "startup-bench: unknown case $c (file restore none cli)" >&2 ;;
  esac
done
