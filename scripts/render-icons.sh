#!/usr/bin/env bash
# Render resources/icons/exoworld.svg into the PNG sizes the desktop and the window use.
# Needs rsvg-convert (Debian: librsvg2-bin). The PNGs are committed, so a normal build
# does not need this; run it after editing the SVG.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" exoworld.svg -o "exoworld-$size.png"
done
echo "rendered $(ls exoworld-*.png | wc -l) PNG sizes"
