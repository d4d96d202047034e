#!/usr/bin/env bash
# Builds the macOS disk image of WMX Topup Counter with jpackage from JDK 25, on a Mac:
#   installer/macos/build.sh   -> target/installer/WMX Topup Counter-<version>.dmg
# The .app inside carries its own runtime (jlink, JavaFX for this Mac's CPU as real modules); the
# shop owner drags it to Applications (or ~/Applications: no administrator needed). Data stays in
# ~/Library/Application Support/WMX Topup Counter (DataDirectory), so replacing the .app with a
# newer one keeps it. Unsigned: Gatekeeper asks once (right-click → Open); see installer/README.md.
# Never run on the project's Linux machines; every flag was checked against the JDK 25 jpackage
# help text and man page.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "installer/macos/build.sh runs on macOS only" >&2; exit 1; }

jdk="${JAVA_HOME:-$(/usr/libexec/java_home -v 25 2>/dev/null || true)}"
[ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ] && "$jdk/bin/java" -version 2>&1 | grep -q '"25' \
  || { echo "No JDK 25 with jpackage (set JAVA_HOME)." >&2; exit 1; }

# The pom's javafx-mac / javafx-mac-aarch64 profile (activated by the OS and CPU) copies
# JavaFX's macOS jars.
if [ "${SKIP_MAVEN:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
ls target/javafx-mods/javafx-graphics-mac*.jar >/dev/null 2>&1 \
  || { echo "target/javafx-mods holds no macOS JavaFX: was the build made on a Mac?" >&2; exit 1; }
version=$(sed -n 's/^version=//p' target/classes/wmx-version.properties | sed 's/-SNAPSHOT//')
# CFBundleVersion must start at 1 (jpackage refuses "0.x.y" on macOS): while the POM is 0.y.z,
# the bundle says 1.y.z and the file name keeps the real version.
bundle_version="$version"
case "$version" in 0.*) bundle_version="1.${version#0.}" ;; esac

input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input/lib"
cp target/wmx-topup-counter.jar "$input/"
find target/lib -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$input/lib/" \;

# 1. The application bundle (.app): runtime, jars, launcher.
image_root=target/app-image
rm -rf "$image_root"
"$jdk/bin/jpackage" \
  --type app-image \
  --name "WMX Topup Counter" \
  --app-version "$bundle_version" \
  --vendor "WMX Topup" \
  --description "Point-of-sale and admin console for digital top-ups" \
  --icon installer/icons/wmx-topup-counter.icns \
  --input "$input" \
  --main-jar wmx-topup-counter.jar \
  --main-class com.wmxtopup.counter.bootstrap.Launcher \
  --module-path target/javafx-mods \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.management,javafx.controls,javafx.fxml,javafx.swing \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress zip-6" \
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED" \
  --java-options "-XX:CompileThresholdScaling=10" \
  --mac-package-identifier com.wmxtopup.counter \
  --mac-package-name "WMX Topup" \
  --mac-app-category business \
  --dest "$image_root"
app="$image_root/WMX Topup Counter.app"

# 2. A JDK 25 AOT cache (JEP 483/514), as installer/linux/build.sh makes one: a training start of
# the bundle itself in demo mode on a data folder that a first start made, which closes its window
# once it is open (-Dwmx.exit-when-open: TrainingRun; the JDK writes the cache at that normal
# exit). The launcher's .cfg then names it ($APPDIR is the bundle's Contents/app). AOT=0 skips it;
# a failed training leaves the bundle without a cache (it starts without, only slower).
cfg="$app/Contents/app/WMX Topup Counter.cfg"
aot_file="$app/Contents/app/wmx-topup-counter.aot"
cache='$APPDIR/wmx-topup-counter.aot'
# train MARKER -- LAUNCHER-ARGS: two starts on one data folder, each closing itself once MARKER is
# logged. The first makes the demo store (migrations, the demo catalog, owner and drawer, the
# welcome on the settings); the second, on that store, is an ordinary start like every later one of
# an installed console, and the JDK writes the cache at its normal exit. Trained on a first start
# the cache held about 1,000 classes more, and a cache's classes are all loaded at every start.
train() {
  local marker=$1; shift 2
  local data; data=$(mktemp -d)
  sed -i '' "/^\[JavaOptions\]/a\\
java-options=-Dwmx.exit-when-open=true
" "$cfg"
  for start in first training; do
    if [ "$start" = training ]; then
      sed -i '' "/^\[JavaOptions\]/a\\
java-options=-XX:AOTCacheOutput=$cache
" "$cfg"
    fi
    "$app/Contents/MacOS/WMX Topup Counter" --demo --port 0 --data-dir "$data" "$@" >"$data/$start.out" 2>&1 &
    local pid=$!
    for _ in $(seq 1 360); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" || true
  done
  sed -i '' '/-XX:AOTCacheOutput=/d; /-Dwmx.exit-when-open=/d' "$cfg"
  # The log is appended to: both starts got there when it says so twice.
  local ok=1
  [ "$(grep -c "$marker" "$data/logs/wmx-topup-counter.log" 2>/dev/null)" -ge 2 ] && [ -s "$aot_file" ] && ok=0
  rm -rf "$data"
  return $ok
}
if [ "${AOT:-1}" = 1 ]; then
  trained=""
  if train "Console window open" --; then
    trained="the window"
  else
    rm -f "$aot_file"
    if train "Listening on" -- --headless; then trained="headless"; fi
  fi
  if [ -n "$trained" ]; then
    sed -i '' "/^\[JavaOptions\]/a\\
java-options=-XX:AOTCache=$cache
" "$cfg"
    echo "AOT cache trained on $trained: $(du -h "$aot_file" | cut -f1)"
  else
    rm -f "$aot_file"
    echo "AOT cache not made (the training start did not get there); the bundle works without it." >&2
  fi
fi

# 3. The disk image, from that bundle.
"$jdk/bin/jpackage" \
  --type dmg \
  --app-image "$app" \
  --name "WMX Topup Counter" \
  --app-version "$bundle_version" \
  --vendor "WMX Topup" \
  --description "Point-of-sale and admin console for digital top-ups" \
  --mac-package-identifier com.wmxtopup.counter \
  --mac-package-name "WMX Topup" \
  --dest target/installer
arch=$(uname -m)
for dmg in target/installer/*.dmg; do
  mv "$dmg" "target/installer/wmx-topup-counter-$version-macos-$arch.dmg"
done
ls -1 target/installer
