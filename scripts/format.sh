#!/usr/bin/env bash
# Format the C++ sources with the repository's .clang-format (clang-format 14, Debian 12).
#   scripts/format.sh            reformat every tracked .h/.cpp in place
#   scripts/format.sh --check    list files that would change; exit 1 if any (for CI)
#   scripts/format.sh FILE...    reformat only these files
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cf="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}"
if [[ -z "$cf" ]]; then
    echo "clang-format not found: apt-get install clang-format" >&2
    exit 1
fi
check=0
if [[ "${1:-}" == "--check" ]]; then
    check=1
    shift
fi
if (($# > 0)); then
    files=("$@")
else
    # Not the CMake templates (*.h.in): their @VARIABLES@ are not C++.
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
fi
if ((check)); then
    bad=0
    for f in "${files[@]}"; do
        if ! "$cf" --style=file "$f" | cmp -s - "$f"; then
            echo "needs formatting: $f"
            bad=1
        fi
    done
    exit $bad
fi
"$cf" --style=file -i "${files[@]}"
echo "formatted ${#files[@]} files"
