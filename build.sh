#!/bin/sh
# Builds Ségur Studio with Maven + Tycho: ./build.sh <maven arguments>, e.g. ./build.sh clean verify
# - JDK: JAVA_HOME if 21+, else the first JDK 21+ found (releng/scripts/java.sh).
# - Maven: `mvn` on PATH if 3.9+, else Apache Maven 3.9.11 fetched once from Maven Central by the
#   machine's own (older) mvn into .mvn/dist/ (ignored by git).
# - UI tests need a display: when DISPLAY is unset and Xvfb is installed, one is started for the build.
set -e
root=$(cd "$(dirname "$0")" && pwd)
. "$root/releng/scripts/java.sh"
segur_find_java || exit 2
# A quiet build: the generators' INFO logs (java.util.logging, and log4j through mwe2-log4j.properties) are
# left out, their warnings and errors stay, as do Maven's figures; Maven's own libraries use sun.misc.Unsafe,
# which Java 23+ warns about at every start.
MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-Djava.util.logging.config.file=$root/releng/scripts/build-logging.properties"
v=$(segur_java_version "$JAVA_HOME" 2>/dev/null)
[ -n "$v" ] && [ "$v" -ge 23 ] 2>/dev/null && MAVEN_OPTS="$MAVEN_OPTS --sun-misc-unsafe-memory-access=allow"
export MAVEN_OPTS

mvn_ok() { command -v mvn >/dev/null && mvn -v 2>/dev/null | head -n 1 | grep -Eq 'Apache Maven (3\.(9|[1-9][0-9])|[4-9])\.'; }
if mvn_ok; then MVN=mvn; else
  MVN=$root/.mvn/dist/apache-maven-3.9.11/bin/mvn
  if [ ! -x "$MVN" ]; then
    command -v mvn >/dev/null || { echo "build.sh: Maven 3.9+ is required (or any mvn, to fetch it): apt-get install maven" >&2; exit 2; }
    echo "build.sh: fetching Apache Maven 3.9.11 into .mvn/dist (once)" >&2
    # run outside the project, so that the old mvn does not read this build's .mvn/ configuration
    (cd "$(mktemp -d)" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact=org.apache.maven:apache-maven:3.9.11:zip:bin -DoutputDirectory="$root/.mvn/dist") >&2
  fi
fi

# The UI tests run under a window manager, as every user has one: on a bare X server focus and keys
# after a closed dialog misbehave in ways no user sees (openbox, else metacity, when installed).
xvfb_pid= wm_pid=
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
  for n in 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106; do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    sleep 1
    for wm in openbox metacity; do
      if command -v "$wm" >/dev/null 2>&1; then
        "$wm" >/dev/null 2>&1 &
        wm_pid=$!
        sleep 1
        break
      fi
    done
    [ -n "$wm_pid" ] || echo "build.sh: no window manager (apt-get install openbox): UI tests may misbehave" >&2
    break
  done
  trap 'for p in $wm_pid $xvfb_pid; do kill "$p" 2>/dev/null; done' EXIT INT TERM
fi

cd "$root"
"$MVN" "$@"
