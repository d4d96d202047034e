#!/usr/bin/env bash
# Builds WMX Topup Counter for Linux with jpackage from JDK 25:
#   installer/linux/build.sh            -> target/installer/wmx-topup-counter/ (app image, runs in place)
#   installer/linux/build.sh deb        -> the image, then target/installer/wmx-topup-counter_<version>_amd64.deb around it
#   FROM_IMAGE=target/installer/wmx-topup-counter installer/linux/build.sh deb
#                                       -> the .deb around an app image already built
# The image carries its own Java runtime (jlink) with JavaFX as real modules, so the target PC
# needs no Java, and a JDK 25 AOT cache trained at build time (AOT=0: without). The .deb needs
# fakeroot and dpkg-deb; it depends on libgtk-3-0 for the window.
set -euo pipefail
cd "$(dirname "$0")/../.."

type="${1:-app-image}"
case "$type" in app-image|deb) ;; *) echo "usage: $0 [app-image|deb]" >&2; exit 2 ;; esac

jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25* "$HOME"/.jdks/*25* "$HOME"/.sdkman/candidates/java/25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] && "$candidate/bin/java" -version 2>&1 | grep -q '"25'; then
    jdk="$candidate"; break
  fi
done
[ -n "$jdk" ] || { echo "No JDK 25 with jpackage found (looked in JAVA_HOME, /usr/lib/jvm, ~/.jdks, ~/.sdkman)." >&2; exit 1; }

# SKIP_MAVEN=1: target/ is already packaged (AppImageIT runs this after `package`, inside `verify`).
if [ "${SKIP_MAVEN:-0}" != 1 ]; then
  ./mvnw -q package -DskipTests
fi
version=$(sed -n 's/^version=//p' target/classes/wmx-version.properties | sed 's/-SNAPSHOT//')

deb_args=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office
  --linux-app-category misc --icon installer/icons/wmx-topup-counter.png
  --resource-dir installer/linux/resources)

# FROM_IMAGE=DIR with `deb`: package an app image already built (and tested) into a .deb,
# without a second jlink (AppImageIT does this after testing the image).
if [ "$type" = deb ] && [ -n "${FROM_IMAGE:-}" ]; then
  rm -f target/installer/*.deb
  "$jdk/bin/jpackage" --type deb --app-image "$FROM_IMAGE" --name wmx-topup-counter --app-version "$version" \
    --vendor "WMX Topup" --description "Point-of-sale and admin console for digital top-ups" \
    "${deb_args[@]}" --dest target/installer
  ls -1 target/installer/*.deb
  exit 0
fi

input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input/lib"
cp target/wmx-topup-counter.jar "$input/"
# JavaFX goes into the runtime image as modules; everything else stays on the class path.
find target/lib -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$input/lib/" \;

args=(
  --name wmx-topup-counter
  --app-version "$version"
  --vendor "WMX Topup"
  --description "Point-of-sale and admin console for digital top-ups"
  --input "$input"
  --main-jar wmx-topup-counter.jar
  --main-class com.wmxtopup.counter.bootstrap.Launcher
  --module-path target/javafx-mods
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.management,javafx.controls,javafx.fxml,javafx.swing
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress zip-6"
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED"
  --java-options "-XX:TrimNativeHeapInterval=5000"
  --java-options "-XX:CompileThresholdScaling=10"
  --dest target/installer
)
# jdk.management: the HotSpotDiagnostic MBean through which MemoryTrim lets the heap shrink after
# start-up. TrimNativeHeapInterval: glibc's malloc_trim every 5 s (ADR 0016), because the jlinked
# runtime's DiagnosticCommand MBean offers no System.trim_native_heap (only JFR.configure).
# CompileThresholdScaling: the JIT compiles later (ten times the calls), so on a 2-core shop PC it
# takes less of the processors while the window opens (docs/benchmarks.md#start-up); the same in
# the Windows and macOS scripts and in StartupBenchmark.
args+=(--icon installer/icons/wmx-topup-counter.png)
"$jdk/bin/jpackage" --type app-image "${args[@]}"
image=target/installer/wmx-topup-counter

# A JDK 25 AOT cache (JEP 483/514) made by a training start of the image itself, in demo mode on
# a data folder that a first start made: the window under Xvfb when it is installed (the database,
# Jetty, the simulators, JavaFX and the counter), else headless (all but JavaFX). Later
# starts map the classes it loaded and linked instead of loading them again. The launcher's own
# .cfg gets the option, so the cache is used with exactly the class path and runtime it was made
# with. AOT=0 skips it; a failed training leaves the image without a cache (it works without).
cfg="$image/lib/app/wmx-topup-counter.cfg"
aot_file="$image/lib/app/wmx-topup-counter.aot"
cache='$APPDIR/wmx-topup-counter.aot'

# start LOG DATA [DISPLAY] -- LAUNCHER-ARGS: one start in demo mode that ends itself once it is
# open (-Dwmx.exit-when-open: TrainingRun); one that hangs is stopped after three minutes.
start() {
  local log=$1 data=$2 display=$3; shift 4
  env -i PATH="$PATH" HOME="$training" ${display:+DISPLAY=$display} "$image/bin/wmx-topup-counter" --demo --port 0 \
    --data-dir "$data" "$@" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 360); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
}

# train NAME MARKER [DISPLAY] -- LAUNCHER-ARGS: two starts on one data folder, each ending once
# MARKER is logged. The first makes the demo store (Flyway, the demo catalog, owner and drawer, the
# welcome on the settings); the second, on that store, is an ordinary start like every later one
# of an installed console, and the JDK writes the cache at its normal exit. Trained on a first
# start the cache held about 1,000 classes more, and a cache's classes are all loaded at every
# start.
train() {
  local name=$1 marker=$2 display=$3; shift 4
  local data="$training/data-$RANDOM"
  sed -i "/^\[JavaOptions\]/a java-options=-Dwmx.exit-when-open=true" "$cfg"
  start "$training/$name-first.log" "$data" "$display" -- "$@"
  sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCacheOutput=$cache" "$cfg"
  start "$training/$name.log" "$data" "$display" -- "$@"
  sed -i '/-XX:AOTCacheOutput=/d; /-Dwmx.exit-when-open=/d' "$cfg"
  grep -q "$marker" "$training/$name-first.log" && grep -q "$marker" "$training/$name.log" && [ -s "$aot_file" ]
}

if [ "${AOT:-1}" = 1 ]; then
  training=$(mktemp -d)
  trained=""
  if [ -x /usr/bin/Xvfb ]; then
    /usr/bin/Xvfb -displayfd 5 -screen 0 1366x768x24 -nolisten tcp 5>"$training/display" 2>/dev/null &
    xvfb=$!
    for _ in $(seq 1 40); do [ -s "$training/display" ] && break; sleep 0.25; done
    if [ -s "$training/display" ] && train window "Console window open" ":$(cat "$training/display")" -- ; then
      trained="the window under Xvfb"
    fi
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
  fi
  if [ -z "$trained" ]; then
    rm -f "$aot_file"
    if train headless "Listening on" "" -- --headless; then
      trained="headless"
    fi
  fi
  if [ -n "$trained" ]; then
    sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCache=$cache" "$cfg"
    echo "AOT cache trained on $trained: $(du -h "$aot_file" | cut -f1)"
  else
    rm -f "$aot_file"
    echo "AOT cache not made (the training start did not get there); the image works without it:" >&2
    tail -n 20 "$training"/*.log >&2 || true
  fi
  rm -rf "$training"
fi

if [ "$type" = deb ]; then
  "$jdk/bin/jpackage" --type deb --app-image "$image" --name wmx-topup-counter --app-version "$version" \
    --vendor "WMX Topup" --description "Point-of-sale and admin console for digital top-ups" \
    "${deb_args[@]}" --dest target/installer
fi
echo "Built into target/installer/"
ls -1 target/installer
