#!/usr/bin/env bash
# Builds WMX Topup Counter for Linux with jpackage from JDK 25:
#   installer/linux/build.sh            -> target/installer/wmx-topup-counter/ (app image, runs in place)
#   installer/linux/build.sh deb        -> target/installer/wmx-topup-counter_<version>_amd64.deb
# The image carries its own Java runtime (jlink) with JavaFX as real modules, so the target PC
# needs no Java. The .deb needs fakeroot and dpkg-deb; it depends on libgtk-3-0 for the window.
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

input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input/lib"
cp target/wmx-topup-counter.jar "$input/"
# JavaFX goes into the runtime image as modules; everything else stays on the class path.
find target/lib -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$input/lib/" \;

args=(
  --type "$type"
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
if [ "$type" = deb ]; then
  args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
fi
"$jdk/bin/jpackage" "${args[@]}"
echo "Built into target/installer/"
ls -1 target/installer
