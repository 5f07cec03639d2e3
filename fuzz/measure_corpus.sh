#!/usr/bin/env bash
# Runs `exoworld-cli info` and `lightcurve` on every file of a fuzz corpus under
# /usr/bin/time and checks the goals of issue 15: exit 0 or 3, a refusal is one
# stderr line starting with the file's path, `info` < 1 s, and peak memory under
# 4x the file's size plus a fixed margin (the CLI's own footprint on an empty run).
#
#   fuzz/measure_corpus.sh CLI CORPUS_DIR [REPORT.tsv]
set -uo pipefail
CLI="$1"
CORPUS="$2"
REPORT="${3:-/dev/null}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
/usr/bin/time -f "%M" -o "$TMP/base" "$CLI" --version >/dev/null
BASE_KB=$(cat "$TMP/base")
MARGIN_KB=$((BASE_KB + 64 * 1024))
printf 'file\tbytes\tcommand\texit\tseconds\tpeak_kb\n' > "$REPORT"
n=0; bad=0; slowest=0; slowest_file=""; worst=0; worst_file=""; peak_max=0
for f in "$CORPUS"/*; do
    [[ -f "$f" ]] || continue
    n=$((n + 1))
    size=$(stat -c %s "$f")
    for cmd in info lightcurve; do
        args=("$cmd" "$f")
        [[ $cmd == lightcurve ]] && args+=(--out "$TMP/out.csv")
        /usr/bin/time -f "%e %M" -o "$TMP/t" timeout 60 "$CLI" "${args[@]}" >/dev/null 2>"$TMP/err"
        rc=$?
        read -r secs kb < <(tail -1 "$TMP/t")
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$size" "$cmd" "$rc" "$secs" "$kb" >> "$REPORT"
        lines=$(wc -l < "$TMP/err")
        if [[ $rc -ne 0 && $rc -ne 3 ]]; then
            echo "BAD EXIT $rc: $cmd $f"; bad=$((bad + 1))
        elif [[ $rc -eq 3 ]] && { [[ $lines -ne 1 ]] || [[ "$(head -c ${#f} "$TMP/err")" != "$f" ]]; }; then
            echo "BAD MESSAGE ($lines lines): $cmd $f: $(head -2 "$TMP/err")"; bad=$((bad + 1))
        fi
        if [[ $cmd == info ]] && awk "BEGIN {exit !($secs >= 1.0)}"; then
            echo "SLOW info ${secs}s: $f"; bad=$((bad + 1))
        fi
        if awk "BEGIN {exit !($secs > $slowest)}"; then slowest=$secs; slowest_file="$cmd $f"; fi
        ((kb > peak_max)) && peak_max=$kb
        over=$((kb - MARGIN_KB - 4 * size / 1024))
        if ((over > 0)); then echo "MEMORY ${kb} KB for $size bytes: $cmd $f"; bad=$((bad + 1)); fi
        ratio=$(( (kb - BASE_KB) * 1024 / (size > 0 ? size : 1) ))
        ((ratio > worst)) && { worst=$ratio; worst_file="$cmd $f ($size bytes, ${kb} KB)"; }
    done
done
echo "files: $n, violations: $bad"
echo "CLI baseline: ${BASE_KB} KB; peak RSS: ${peak_max} KB"
echo "slowest: ${slowest}s ($slowest_file)"
echo "largest (peak - baseline) / file size: ${worst}x ($worst_file)"
((bad == 0))
