#!/usr/bin/env bash
# The headless server without JavaFX: a jlinked Java runtime of only the modules headless mode
# needs, plus the application jar and its libraries (no javafx-*), in one folder:
#   installer/container/build-runtime.sh [OUT]     (default target/server)
#   OUT/bin/wmx-topup-counter-server [options]     (--headless is implied)
# Headless mode never loads a JavaFX class (Launcher does not extend Application; ServerRuntimeIT
# runs it from this folder). The Containerfile copies this folder into its image.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/server}"

jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25* "$HOME"/.jdks/*25* "$HOME"/.sdkman/candidates/java/25* /opt/java/openjdk; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] && "$candidate/bin/java" -version 2>&1 | grep -q '"25'; then
    jdk="$candidate"; break
  fi
done
[ -n "$jdk" ] || { echo "No JDK 25 with jlink found (looked in JAVA_HOME, /usr/lib/jvm, ~/.jdks, ~/.sdkman)." >&2; exit 1; }
[ -f target/wmx-topup-counter.jar ] || { echo "target/wmx-topup-counter.jar missing: run ./mvnw package -DskipTests first" >&2; exit 1; }

# java.se: what a headless start loads comes from java.base, java.xml (logback, Flyway),
# java.management (the pool's and H2's MBeans), java.net.http (supplier and Midtrans calls),
# java.sql, java.logging, java.naming, java.desktop (AWT's headless imaging for PDF receipts
# and QR codes) and a few more; java.se is all of them for ~10 MB more than picking. Beyond it:
# jdk.unsupported (sun.misc.Signal: SIGTERM is an orderly stop with exit 0), jdk.localedata
# (Indonesian dates and rupiah), jdk.zipfs (backups are zips), jdk.crypto.ec (as the app image).
modules=java.se,jdk.unsupported,jdk.localedata,jdk.zipfs,jdk.crypto.ec

rm -rf "$out"
mkdir -p "$out/app/lib" "$out/bin"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress zip-6 --output "$out/runtime"
cp target/wmx-topup-counter.jar "$out/app/"
find target/lib -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$out/app/lib/" \;
cat > "$out/bin/wmx-topup-counter-server" <<'LAUNCH'
#!/bin/sh
# Headless WMX Topup Counter on its own runtime; SIGTERM reaches the JVM (exec).
here=$(cd "$(dirname "$0")/.." && pwd)
exec "$here/runtime/bin/java" ${JAVA_OPTS:-} -cp "$here/app/wmx-topup-counter.jar:$here/app/lib/*" \
  com.wmxtopup.counter.bootstrap.Launcher --headless "$@"
LAUNCH
chmod +x "$out/bin/wmx-topup-counter-server"
du -sh "$out/runtime" "$out/app" | sed 's/^/  /'
