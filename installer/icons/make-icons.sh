#!/usr/bin/env bash
# Regenerates the application icon from nothing but ImageMagick and DejaVu fonts (Debian:
# imagemagick, fonts-dejavu-core), and the Windows .ico (ImageMagick) and macOS .icns
# (png2icns, Debian: icnsutils) from that PNG. The results are committed; the installers only
# read them.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
convert -size 512x512 xc:none -fill '#1f6feb' -draw 'roundrectangle 16,16 495,495 96,96' \
  -fill white -font DejaVu-Sans-Bold -pointsize 140 -gravity center -annotate +0-40 'WMX' \
  -fill '#ffd33d' -pointsize 92 -annotate +0+125 'Rp' -depth 8 wmx-topup-counter.png
for s in 16 32 48 64 128 256; do convert wmx-topup-counter.png -resize "${s}x${s}" "$tmp/$s.png"; done
convert "$tmp"/{16,32,48,64,128,256}.png wmx-topup-counter.ico
png2icns wmx-topup-counter.icns wmx-topup-counter.png "$tmp"/{256,128,32,16}.png >/dev/null
