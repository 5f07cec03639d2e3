#!/usr/bin/env bash
# Bounded libFuzzer campaign over the FITS readers and the session loader,
# under AddressSanitizer + UndefinedBehaviorSanitizer (clang from Debian).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Default 60 s per target; targets: fuzz_fits_probe fuzz_fits_read fuzz_session.
# Environment: EXO_FUZZ_RUNS=N stops each target after N inputs instead (the
# time bound still applies), EXO_FUZZ_JOBS (default 1), EXO_FUZZ_BUILD_DIR
# (default build/fuzz), EXO_FUZZ_CXX_FLAGS (default '-O1 -gline-tables-only
# -DNDEBUG'). Seeds: small real files from EXO_REAL_DATA_DIR (../shared/data/real),
# generated sessions, and every input in the regression folders. A crash leaves
# its input in $EXO_FUZZ_BUILD_DIR/artifacts/ and makes the script fail: copy it
# to tests/core/io/fuzz_regressions/ (FITS) or tests/app/session/fuzz_regressions/
# (sessions) once fixed.
set -euo pipefail
EXO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(fuzz_fits_probe fuzz_fits_read fuzz_session)
BUILD="${EXO_FUZZ_BUILD_DIR:-$EXO_ROOT/build/fuzz}"
REAL="${EXO_REAL_DATA_DIR:-$EXO_ROOT/../shared/data/real}"
JOBS="${EXO_FUZZ_JOBS:-1}"

# The compiler and the sanitizer/fuzzer runtimes (Debian 12: clang 14).
source "$EXO_ROOT/scripts/common.sh"
EXO_PACKAGES+=(clang libclang-rt-14-dev zlib1g-dev time)
exo_install_packages

if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
    # OSS-Fuzz's flags: -O1 with line tables (symbolized reports at a fraction of -O2 -g's build time).
    CC=clang CXX=clang++ cmake -S "$EXO_ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="${EXO_FUZZ_CXX_FLAGS:--O1 -gline-tables-only -DNDEBUG}" \
        -DEXO_FUZZ=ON -DBUILD_TESTING=OFF -DEXO_REAL_DATA_DIR="$REAL"
fi
cmake --build "$BUILD" --target "${TARGETS[@]}" --parallel "$(nproc 2>/dev/null || echo 2)"

# Seed corpora (regenerated each run; libFuzzer adds what it finds to them).
CORPUS="$BUILD/corpus"
mkdir -p "$CORPUS/fits" "$CORPUS/session" "$BUILD/artifacts"
if [[ -d "$REAL" ]]; then
    find "$REAL" -type f \( -name '*.fits' -o -name '*.fits.gz' \) -size -100k -exec cp -f {} "$CORPUS/fits/" \;
fi
cp -f "$EXO_ROOT"/tests/core/io/fuzz_regressions/* "$CORPUS/fits/" 2>/dev/null || true
cp -f "$EXO_ROOT"/tests/app/session/fuzz_regressions/* "$CORPUS/session/" 2>/dev/null || true
cat > "$CORPUS/session/full.json" <<'JSON'
{"format": "exoworld-session", "version": 1, "app_version": "0.1.0",
 "files": [{"path": "/data/kplr009002278-2009350155506_llc.fits", "relative": "../data/a.fits", "star": "KIC 9002278", "season": "Q3"},
           {"path": "/data/tess2019198215352-s0014_tp.fits", "star": "TOI 700", "season": "Sector 14"}],
 "apertures": {"/data/tess2019198215352-s0014_tp.fits": {"mode": "custom", "sigma": 3, "rows": 2, "cols": 3, "mask": "011010"},
               "/data/kplr009002278-2009350155506_llc.fits": {"mode": "threshold", "sigma": 2.5}},
 "prepare": {"flux": "pdcsap", "quality": "default", "sigma_clip": true, "clip_sigma": 5, "detrend": "biweight",
             "window_days": 0.75, "gap_days": 0.25, "min_segment_points": 100, "masked_ranges": [[1.5, 2.5], [10, 11]]},
 "search": {"min_period_days": 0.5, "max_period_days": 40, "oversample": 3, "durations_hours": [1, 2, 4],
            "max_planets": 3, "min_snr": 7, "min_sde": 9, "objective": "likelihood", "redetrend": "off",
            "noise": "pipeline", "min_transits": 2, "threads": 0},
 "candidates": [{"rank": 1, "period_days": 3.5, "t0": 1.2, "t0_bjd": 2454834.2, "duration_hours": 2.1, "depth_ppm": 500,
                 "depth_err_ppm": 20, "snr": 25, "sde": 14, "n_transits": 10, "odd_depth_ppm": 510, "even_depth_ppm": 490,
                 "odd_even_sigma": 0.3, "secondary_depth_ppm": null, "flagged": true, "disposition": "PC", "note": "x"}],
 "current_file": "/data/tess2019198215352-s0014_tp.fits", "current_star": "TOI 700"}
JSON
printf '%s' '{"format": "exoworld-session", "version": 1}' > "$CORPUS/session/minimal.json"
printf '%s' '{"format": "exoworld-session", "version": 2, "files": []}' > "$CORPUS/session/newer.json"

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
for t in "${TARGETS[@]}"; do
    case "$t" in
        fuzz_session) corpus="$CORPUS/session"; dict="$EXO_ROOT/fuzz/session.dict"; maxlen=65536 ;;
        *) corpus="$CORPUS/fits"; dict="$EXO_ROOT/fuzz/fits.dict"; maxlen=131072 ;;
    esac
    extra=()
    [[ -n "${EXO_FUZZ_RUNS:-}" ]] && extra+=(-runs="$EXO_FUZZ_RUNS")
    ((JOBS > 1)) && extra+=(-jobs="$JOBS" -workers="$JOBS")
    # Earlier crash inputs are kept aside, not counted against this run.
    mkdir -p "$BUILD/artifacts/old"
    mv -f "$BUILD/artifacts/$t-"* "$BUILD/artifacts/old/" 2>/dev/null || true
    log="$BUILD/$t.log"
    echo "==> $t: ${SECONDS_PER_TARGET}s, corpus $(ls "$corpus" | wc -l) inputs"
    set +e
    "$BUILD/fuzz/$t" "$corpus" -dict="$dict" -max_total_time="$SECONDS_PER_TARGET" "${extra[@]}" \
        -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t-" > "$log" 2>&1
    rc=$?
    set -e
    # With -jobs, libFuzzer writes each job's log to fuzz-N.log in the current folder.
    execs=$( (grep -ho 'stat::number_of_executed_units: *[0-9]*' "$log" fuzz-*.log 2>/dev/null || true) | awk '{s+=$2} END {print s+0}')
    peak=$( (grep -ho 'stat::peak_rss_mb: *[0-9]*' "$log" fuzz-*.log 2>/dev/null || true) | awk '{if ($2>m) m=$2} END {print m+0}')
    rm -f fuzz-*.log
    echo "    $t: $execs inputs, peak RSS ${peak} MB, exit $rc (log: $log)"
    if ((rc != 0)) || ls "$BUILD/artifacts/$t-"* >/dev/null 2>&1; then
        echo "    FAILED: see $log and $BUILD/artifacts/" >&2
        grep -m5 -E 'ERROR|runtime error|SUMMARY' "$log" >&2 || true
        failed=1
    fi
done
exit "$failed"
