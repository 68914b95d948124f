#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the user guide's screenshots (docs/images/) from the built-in demo portfolio, so
# they always show the application as it is: every workspace page of the real main window
# (partnerscope --grab-pages, offscreen) and the views rendered by `partnerscope render`,
# including the projector theme of workshop mode.
# usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
"$root/scripts/build.sh" "$build" >/dev/null
app="$build/app/partnerscope"
images="$root/docs/images"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# Empty settings: no recovery prompt, default language (English) and window state.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LANG=C.UTF-8
unset PARTNERSCOPE_LANG

"$app" --grab-pages "$images"
"$app" demo -o "$work/demo.partnerscope"
"$app" render "$work/demo.partnerscope" --view heatmap -o "$images/heatmap.png" --size 1200x700
"$app" render "$work/demo.partnerscope" --view matrix --theme projector \
    -o "$images/projector-matrix.png" --size 1600x900
"$app" render "$work/demo.partnerscope" --view map --theme projector \
    -o "$images/projector-map.png" --size 1600x900
"$app" render "$work/demo.partnerscope" --view economics -o "$images/economics-dashboard.png" \
    --size 1400x900
"$app" report "$work/demo.partnerscope" -o "$work/report.pdf"
pdftoppm -png -r 50 -f 1 -l 3 "$work/report.pdf" "$work/page"
# The first three report pages side by side are the report's picture in the guide.
if command -v convert >/dev/null; then
    convert "$work"/page-*.png +append "$images/report-pages.png"
else
    cp "$(ls "$work"/page-*.png | head -n 1)" "$images/report-pages.png"
fi
ls -1 "$images"/*.png | sed "s|$root/||"
