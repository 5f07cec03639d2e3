#!/usr/bin/env bash
# Drive the explorer with real clicks and keys under a window manager (Xvfb + openbox +
# xdotool) and grab a PNG after each step. See README.md in this folder.
#
#   scripts/drive/drive.sh [--lang en|fr|es] [--dark] [--size WxH] [--out DIR] [--steps FILE]
#
# Needs: Xvfb, openbox, xdotool, ImageMagick's `import` (apt-get install xvfb openbox
# xdotool imagemagick) and a built build/release/app/exoworld.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${EXO_BUILD_DIR:-$ROOT/build/release}
APP=$BUILD/app/exoworld
REAL=${EXO_REAL_DATA_DIR:-$ROOT/../shared/data/real}
K62=$REAL/kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz
LANG_CODE=en SIZE=1366x768 DARK=() OUT=
STEPS=$(dirname "${BASH_SOURCE[0]}")/steps.sh

while (($#)); do
    case $1 in
        --lang) LANG_CODE=$2; shift ;;
        --size) SIZE=$2; shift ;;
        --dark) DARK=(--dark) ;;
        --out) OUT=$2; shift ;;
        --steps) STEPS=$2; shift ;;
        *) echo "usage: $0 [--lang en|fr|es] [--dark] [--size WxH] [--out DIR] [--steps FILE]" >&2; exit 2 ;;
    esac
    shift
done
OUT=${OUT:-$BUILD/drive/$LANG_CODE-$SIZE${DARK:+-dark}}
for tool in Xvfb openbox xdotool import; do
    command -v "$tool" >/dev/null || { echo "drive: $tool is missing (see README.md)" >&2; exit 2; }
done
[[ -x $APP ]] || { echo "drive: build $APP first (scripts/test.sh)" >&2; exit 2; }
rm -rf "$OUT" && mkdir -p "$OUT/home" "$OUT/export"
LOG=$OUT/drive.log
MAP=$OUT/widgets.map

# An isolated user: settings (language, recent files) start empty and stay in $OUT.
export HOME=$OUT/home XDG_CONFIG_HOME=$OUT/home/.config XDG_RUNTIME_DIR=$OUT/home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LANGUAGE=$LANG_CODE LANG=C.UTF-8 QT_QPA_PLATFORMTHEME= EXOWORLD_WIDGET_MAP=$MAP
unset QT_QPA_PLATFORM

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; }
trap cleanup EXIT

# --- the display: Xvfb picks a free display number, then the window manager ------------
exec 3>"$OUT/display"
Xvfb -displayfd 3 -screen 0 "${SIZE}x24" -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [[ -s $OUT/display ]] && break; sleep 0.1; done
export DISPLAY=:$(head -1 "$OUT/display")
openbox --sm-disable >"$OUT/openbox.log" 2>&1 &
PIDS+=($!)
sleep 1

# --- helpers ------------------------------------------------------------------------
N=0
log() { echo "$*" | tee -a "$LOG"; }
shot() {  # shot NAME: grab the whole screen as NN-NAME.png
    N=$((N + 1))
    local f; f=$(printf '%s/%02d-%s.png' "$OUT" "$N" "$1")
    sleep "${2:-0.6}"
    import -window root "$f" && log "shot $(basename "$f")"
}
# tr_ui TEXT: TEXT as the window shows it in the driving language (from translations/*.ts).
tr_ui() {
    [[ $LANG_CODE == en ]] && { echo "${1//&/}"; return; }
    /usr/bin/python3 - "$ROOT/translations/exoworld_$LANG_CODE.ts" "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
for m in ET.parse(sys.argv[1]).iter('message'):
    if m.findtext('source') == sys.argv[2] and m.findtext('translation'):
        print(m.findtext('translation').replace('&', '')); break
else:
    print(sys.argv[2].replace('&', ''))
PY
}
# find KIND NAME [TIMEOUT]: "X Y W H" of an element of the widget map (widget_map.h).
find() {
    local kind=$1 name=$2 t=${3:-10} i line
    for ((i = 0; i < t * 10; i++)); do
        line=$(awk -v k="$kind" -v n="$name" '$1 == k { s = $6; for (j = 7; j <= NF; j++) s = s " " $j; if (s == n) { print $2, $3, $4, $5; exit } }' "$MAP" 2>/dev/null)
        [[ -n $line ]] && { echo "$line"; return 0; }
        sleep 0.1
    done
    log "  NOT FOUND: $kind '$name'"
    return 1
}
# click KIND NAME [FX FY]: click inside the element, at fractions FX, FY of its size (centre).
click() {
    local r; r=($(find "$1" "$2")) || return 1
    local x=$((r[0] + ${r[2]} * ${3:-50} / 100)) y=$((r[1] + ${r[3]} * ${4:-50} / 100))
    xdotool mousemove "$x" "$y" sleep 0.15 click 1
    log "  click $1 '$2' at $x,$y"
}
# drag KIND NAME FX1 FX2 [FY]: press at FX1 % of the width, move in steps, release at FX2 %.
drag() {
    local r; r=($(find "$1" "$2")) || return 1
    local y=$((r[1] + r[3] * ${5:-50} / 100)) x1=$((r[0] + r[2] * $3 / 100)) x2=$((r[0] + r[2] * $4 / 100)) x
    xdotool mousemove "$x1" "$y" sleep 0.1 mousedown 1
    for ((x = x1; x <= x2; x += 8)); do xdotool mousemove "$x" "$y"; sleep 0.01; done
    xdotool mousemove "$x2" "$y" sleep 0.1 mouseup 1
    log "  drag $1 '$2' from $x1 to $x2 at y=$y"
}
key() { xdotool key --clearmodifiers "$@"; log "  key $*"; sleep 0.3; }
type_text() { xdotool type --delay 15 "$1"; log "  type $1"; }
has() { awk -v k="$1" -v n="$2" '$1 == k { s = $6; for (j = 7; j <= NF; j++) s = s " " $j; if (s == n) f = 1 } END { exit !f }' "$MAP" 2>/dev/null; }
# idle: wait until the background work is done (no progress bar for a second).
idle() {
    local quiet=0 i
    sleep 0.8
    for ((i = 0; i < ${1:-120} * 5 && quiet < 5; i++)); do
        if has widget busyProgress; then quiet=0; else quiet=$((quiet + 1)); fi
        sleep 0.2
    done
}
start_app() {  # start_app ARGS...: the window, then wait until it is mapped and idle
    rm -f "$MAP"
    "$APP" "${DARK[@]}" "$@" >>"$OUT/app.log" 2>&1 &
    APP_PID=$!
    PIDS+=("$APP_PID")
    find widget ExoWorldMainWindow 30 >/dev/null
    idle 180
}
running() { kill -0 "$APP_PID" 2>/dev/null; }
window_of() { awk '$1 == "window" { s = $6; for (j = 7; j <= NF; j++) s = s " " $j; print s }' "$MAP"; }

log "drive: lang=$LANG_CODE size=$SIZE ${DARK[*]} display=$DISPLAY out=$OUT"
source "$STEPS"
log "drive: done, $N screenshots in $OUT"
