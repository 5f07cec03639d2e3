#!/usr/bin/env bash
# Install what is missing, build (Release), and open ExoWorld Explorer on the
# files given, or on the bundled demo star when none are given.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
exo_install_packages
exo_build

args=("$@")
if ((${#args[@]} == 0)); then
    demo_dir="$EXO_BUILD_DIR/demo-star"
    if [[ ! -f "$demo_dir/.complete" ]]; then
        "$EXO_BUILD_DIR/app/exoworld-cli" demo --out "$demo_dir"
        touch "$demo_dir/.complete"
    fi
    args=("$demo_dir")
fi
exec "$EXO_BUILD_DIR/app/exoworld" "${args[@]}"
