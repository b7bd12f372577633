#!/usr/bin/env bash
# Regenerates every platform icon from the one source image, policylens.svg:
#   packaging/linux/PolicyLens.png    256 px, used by jpackage for the launcher and the desktop entry
#   packaging/windows/PolicyLens.ico  16–256 px in one file (Explorer, Start menu, taskbar)
#   packaging/macos/PolicyLens.icns   16–1024 px (Finder, Dock)
#   src/main/resources/org/policylens/ui/theme/window-icon.png  128 px, the window's icon (JavaFX scales every
#                                     window icon to 128 px on Linux and 32 px on Windows: a larger one only
#                                     costs decoding and scaling at start-up)
# The generated files are committed, so building an installer never needs these tools; run this script
# only after editing the SVG. Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pkg=$(dirname "$here")
svg="$here/policylens.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

# Render each size from the vector source rather than scaling one bitmap down, so small sizes stay crisp.
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$tmp/$size.png"
done

cp "$tmp/256.png" "$pkg/linux/PolicyLens.png"
cp "$tmp/128.png" "$(dirname "$pkg")/src/main/resources/org/policylens/ui/theme/window-icon.png"
convert "$tmp"/{16,24,32,48,64,128,256}.png "$pkg/windows/PolicyLens.ico"
# png2icns picks the icns slot from each image's size; 24 and 64 px have no slot in the format.
png2icns "$pkg/macos/PolicyLens.icns" "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
echo "make-icons: wrote linux/PolicyLens.png, windows/PolicyLens.ico, macos/PolicyLens.icns and the window icon"
