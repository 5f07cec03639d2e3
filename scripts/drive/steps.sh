# The steps a user takes, in order; sourced by drive.sh (its helpers: start_app, click, drag,
# key, type_text, find, idle, shot, tr_ui, log). Each step logs what it expects; the
# screenshots say what happened.

# click_row VIEW REGEX [invert]: click the first visible top-level row of VIEW whose text
# matches REGEX (with "invert": does not match).
click_row() {
    local r
    r=($(awk -v v="$1" -v re="$2" -v inv="${3:-}" '$1 == "row" && $6 ~ ("^" v ":[0-9]+$") {
        s = ""; for (j = 7; j <= NF; j++) s = s " " $j
        if ((s ~ re) != (inv == "invert")) { print $2, $3, $4, $5; exit } }' "$MAP"))
    ((${#r[@]})) || { log "  NOT FOUND: row of $1 matching $2 $3"; return 1; }
    xdotool mousemove $((r[0] + r[2] / 2)) $((r[1] + r[3] / 2)) sleep 0.15 click 1
    log "  click row of $1 ${3:-matching} $2"
}
quit_app() {  # Ctrl+Q, then report whether the window closed by itself
    key ctrl+q
    sleep 2
    if running; then
        log "  still running after Ctrl+Q; windows: $(window_of | paste -sd '|')"
        return 1
    fi
    log "  closed without a question"
}
stop_app() { running && kill "$APP_PID"; sleep 1; }

log "== run 1: the demo star, untouched, then quit"
log "step demo-start: no file given: the demo star is generated, opened and searched"
start_app
shot demo-start
log "step demo-quit: expect the window to close at once (no 'Save the session?')"
quit_app || { shot demo-quit-prompt; stop_app; }

log "== run 2: a user's journey: demo, File > Open Kepler-62, stars, search, peaks, mask, undo/redo"
start_app
log "step demo-pixel-curves: the Pixel curves button draws a curve in each pixel of the demo star"
click widget pixelCurvesButton
shot demo-pixel-curves 1.5
click widget pixelCurvesButton

log "step open: Ctrl+O, type Kepler-62's path, Enter: expect Kepler-62 on screen (not the demo)"
key ctrl+o
shot open-dialog 1
type_text "$K62"
key Return
idle 180
shot opened-kepler62 1

log "step stars: the Stars tab lists 'Kepler-62 (KIC 9002278)' and the demo star; click each row"
has tab "$(tr_ui Stars)" && click tab "$(tr_ui Stars)"
shot stars-list
click_row starTree 9002278 invert && idle 120 && shot star-row-demo 1
click_row starTree 9002278 && idle 120 && shot star-row-kepler62 1

log "step search: toolbar Run search; expect the periodogram with readable peak labels and ticks"
click tool runSearchAction
idle 180
shot search 1

log "step peak: click the second-highest peak: expect its row selected, its model drawn, P/2 and 2P guides moved, fold title"
click_peak() {  # click_peak N: the N-th highest labelled peak
    local peak
    peak=$(awk -v n="$1" '$1 == "peak" && $6 == n { s = $6; for (j = 7; j <= NF; j++) s = s " " $j; print s; exit }' "$MAP")
    [[ -n $peak ]] && click peak "$peak"
}
click_peak 1
idle 60
shot peak-clicked 1
log "step peak-candidate: click the third peak (Kepler-62 b, 5.7 d, a candidate): expect its row selected"
click_peak 2
idle 60
shot peak-candidate-clicked 1

log "step pixel-curves: Kepler-62's per-pixel light curves, each in its cell"
click widget pixelCurvesButton
shot kepler62-pixel-curves 1.5
click widget pixelCurvesButton

log "step mask: toolbar Mask time range, then drag across the raw light curve: expect a masked band"
click tool maskToolAction
drag widget rawPlot 40 52
idle 120
shot masked 1
log "step undo: Ctrl+Z: expect the band gone"
key ctrl+z
idle 120
shot undo 1
log "step redo: Ctrl+Shift+Z: expect the band back"
key ctrl+shift+z
idle 120
shot redo-ctrl-shift-z 1
log "step redo-y: Ctrl+Z then Ctrl+Y: expect the band back again"
key ctrl+z
idle 120
key ctrl+y
idle 120
shot redo-ctrl-y 1
click tool maskToolAction

log "step export: Ctrl+E, pick a plot, name 'myplot' without extension: expect export/myplot.png"
key ctrl+e
shot export-choice 1
key Return
sleep 1
shot export-save-dialog 1
type_text "$OUT/export/myplot"
key Return
sleep 2
log "  export folder: $(ls "$OUT/export" | paste -sd ' ')"
shot export-done

log "step vetting: the Vetting tab: checklist and transit gallery of the selected candidate"
has tab "$(tr_ui Vetting)" && click tab "$(tr_ui Vetting)"
idle 120
shot vetting 1.5

log "step workshop: Help > Workshop (F1): the tutorial panel"
key F1
shot workshop 1.5

log "step language: View > Language > another language: expect the restart question"
other=fr
[[ $LANG_CODE == fr ]] && other=es
click menu "$(tr_ui '&View')"
sleep 0.5
click menu "$(tr_ui '&Language')"
sleep 0.5
shot language-menu 0.5
click menu "language_$other"
shot language-question 1
has button "$(tr_ui Later)" && click button "$(tr_ui Later)"

log "step quit-changed: Ctrl+Q after masking: expect 'Save the session?'"
if quit_app; then log "  (closed without a question)"; else shot quit-changed-prompt 0.5; key Escape; stop_app; fi

log "== run 3: a star name given on the command line (not a file)"
start_app Kepler-62
shot cmdline-star-name 1
stop_app

log "== run 4: a folder of truncated files: expect the problems list naming each file"
start_app "$REAL/corrupted"
shot corrupted-folder 1
stop_app

log "== run 5: the language chosen in run 2 is remembered"
start_app
shot language-remembered 1
stop_app
