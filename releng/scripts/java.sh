# Sourced by build.sh and segur: finds a JDK 21+ (Tycho 5, Eclipse 4.39 and SWT 3.135 need it).
# Order: JAVA_HOME if it is 21+, then `java` on PATH, then the usual install places.
# Sets and exports JAVA_HOME, or prints what to install and returns 2.

segur_java_version() { # prints the feature version (17, 21, 25...) of the JDK at $1
  # from its release file (JAVA_VERSION="25.0.3"), without starting a JVM; else asks the JVM
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
    [ -n "$v" ] && { echo "$v"; return 0; }
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

segur_java_ok() { # true when $1 holds a JDK (java + javac) of version 21 or newer
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(segur_java_version "$1" 2>/dev/null)
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null
}

segur_find_java() {
  if [ -n "${JAVA_HOME:-}" ] && segur_java_ok "$JAVA_HOME"; then export JAVA_HOME; return 0; fi
  candidates=""
  if command -v javac >/dev/null 2>&1; then
    candidates=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for j in $candidates /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$j" ] && segur_java_ok "$j"; then JAVA_HOME=$j; export JAVA_HOME; return 0; fi
  done
  cat >&2 <<MSG
Ségur Studio needs a JDK 21 or newer (Tycho 5, Eclipse 4.39 and SWT need it), and none was found
(JAVA_HOME=${JAVA_HOME:-unset}; searched PATH, /usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks).
Install one, for example:  apt-get install openjdk-21-jdk   (or Temurin 21/25 from adoptium.net),
then run again, or point JAVA_HOME at it.
MSG
  return 2
}
