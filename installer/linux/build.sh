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
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs,javafx.controls,javafx.fxml,javafx.swing
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress zip-6"
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED"
  --dest target/installer
)
args+=(--icon installer/icons/wmx-topup-counter.png)
"$jdk/bin/jpackage" --type app-image "${args[@]}"
image=target/installer/wmx-topup-counter

# A JDK 25 AOT cache (JEP 483/514) made by one training start of the image itself (headless, demo
# mode, an empty data folder: the database, Hibernate, Jetty and the simulators are most of a
# start); later starts map the classes it loaded and linked instead of loading them again.
# The launcher's own .cfg gets the option, so the cache is used with exactly the class path and
# runtime it was made with. AOT=0 skips it; a failed training leaves the image without a cache.
if [ "${AOT:-1}" = 1 ]; then
  cfg="$image/lib/app/wmx-topup-counter.cfg"
  cache='$APPDIR/wmx-topup-counter.aot'
  training=$(mktemp -d)
  sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCacheOutput=$cache" "$cfg"
  env -i PATH="$PATH" HOME="$training" "$image/bin/wmx-topup-counter" --headless --demo --port 0 \
    --data-dir "$training/data" >"$training/out.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    grep -q 'Listening on' "$training/out.log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  sed -i '/-XX:AOTCacheOutput=/d' "$cfg"
  if grep -q 'Listening on' "$training/out.log" && [ -s "$image/lib/app/wmx-topup-counter.aot" ]; then
    sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCache=$cache" "$cfg"
    echo "AOT cache: $(du -h "$image/lib/app/wmx-topup-counter.aot" | cut -f1)"
  else
    rm -f "$image/lib/app/wmx-topup-counter.aot"
    echo "AOT cache not made (the training start did not get to Listening); the image works without it:" >&2
    tail -n 20 "$training/out.log" >&2
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
