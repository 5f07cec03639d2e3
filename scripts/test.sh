#!/usr/bin/env bash
# Install what is missing, build (Release), then run every test through CTest.
# GUI tests run headless (QT_QPA_PLATFORM=offscreen).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
exo_install_packages
exo_build
export QT_QPA_PLATFORM=offscreen
cd "$EXO_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
