# Shared set-up for run.sh and test.sh: install missing Debian packages, configure, build.
# Sourced, not executed.
set -euo pipefail

EXO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXO_BUILD_DIR="${EXO_BUILD_DIR:-$EXO_ROOT/build/release}"
EXO_PACKAGES=(cmake g++ make pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqcustomplot-dev libcfitsio-dev libeigen3-dev libopencv-dev
    python3-astropy python3-scipy python3-numpy xvfb xauth
    zlib1g-dev desktop-file-utils appstream
    qt6-translations-l10n)  # Qt's own strings (standard buttons, file dialogs) in French and Spanish

exo_install_packages() {
    local missing=()
    local p
    for p in "${EXO_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    ((${#missing[@]} == 0)) && return 0
    echo "==> Installing missing packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Please install the missing packages as root, then run this again:" >&2
            echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Update the package lists only when a package cannot be found.
    if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
        "${sudo[@]}" apt-get update
        "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

# True when running under CI (CI set to anything but empty/false/0): warnings become errors.
exo_in_ci() {
    [[ -n "${CI:-}" && "${CI,,}" != "false" && "${CI}" != "0" ]]
}

# Configure (first time, or every time under CI so EXO_WERROR is on) and build.
# Extra arguments are passed to the configure step (e.g. -DEXO_SANITIZE=ON).
exo_configure() {
    local opts=(-DCMAKE_BUILD_TYPE="${EXO_BUILD_TYPE:-Release}" "$@")
    if exo_in_ci; then
        opts+=(-DEXO_WERROR=ON)
    fi
    if [[ ! -f "$EXO_BUILD_DIR/CMakeCache.txt" ]] || exo_in_ci || (($# > 0)); then
        cmake -S "$EXO_ROOT" -B "$EXO_BUILD_DIR" "${opts[@]}"
    fi
}

exo_build() {
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    exo_configure
    cmake --build "$EXO_BUILD_DIR" --parallel "$jobs"
}
