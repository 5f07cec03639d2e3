#!/usr/bin/env bash
# AddressSanitizer + UndefinedBehaviorSanitizer run of the core and CLI tests.
# Configures build/asan with -DEXO_SANITIZE=ON, builds only the test executables
# labelled core or cli, and runs them with leak detection on and UBSan halting on the
# first error. Extra arguments go to ctest (e.g. -R test_bls, -LE slow).
# Environment: EXO_ASAN_LABELS (default 'core|cli'), EXO_ASAN_CXX_FLAGS (default '-O1 -g1 -DNDEBUG').
set -euo pipefail
EXO_BUILD_DIR="${EXO_ASAN_BUILD_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/asan}"
EXO_BUILD_TYPE="${EXO_BUILD_TYPE:-RelWithDebInfo}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
exo_install_packages

labels="${EXO_ASAN_LABELS:-core|cli}"
jobs="${EXO_JOBS:-$(nproc 2>/dev/null || echo 2)}"
start=$(date +%s)
# -O1 -g1: what the sanitizers need (line tables for symbolized reports) at about half the
# compile time of -O2 -g, which matters most in CI (a clean build on 2 cores).
exo_configure -DEXO_SANITIZE=ON -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="${EXO_ASAN_CXX_FLAGS:--O1 -g1 -DNDEBUG}"

# Build only what these tests need: each test's executable has the test's name.
mapfile -t tests < <(cd "$EXO_BUILD_DIR" && ctest -N -L "$labels" | sed -n 's/^ *Test *#[0-9]*: *//p')
if ((${#tests[@]} == 0)); then
    echo "no tests labelled '$labels'" >&2
    exit 1
fi
# Script tests (test_slurm_array) have no executable of their own: build only real targets.
mapfile -t known < <(cmake --build "$EXO_BUILD_DIR" --target help | sed -n 's/^\.\.\. \([A-Za-z0-9_.-]*\).*/\1/p')
targets=()
for t in "${tests[@]}"; do
    for k in "${known[@]}"; do
        if [[ "$t" == "$k" ]]; then
            targets+=("$t")
            break
        fi
    done
done
echo "==> Building ${#targets[@]} sanitized test executables: ${targets[*]}"
cmake --build "$EXO_BUILD_DIR" --parallel "$jobs" --target "${targets[@]}"
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
# Qt Test's watchdog stops a test function after 5 min; the end-to-end ones (a batch over the
# whole real folder, the 30-star workshop) take longer under the sanitizers.
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-900000}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$EXO_ROOT/scripts/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
cd "$EXO_BUILD_DIR"
status=0
ctest --output-on-failure --parallel "$jobs" -L "$labels" "$@" || status=$?
done_at=$(date +%s)
echo "==> ASan/UBSan: build $((built - start)) s, tests $((done_at - built)) s, total $((done_at - start)) s"
exit $status
