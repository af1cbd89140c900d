#!/usr/bin/env bash
# Fresh machine → whole test suite: installs the Debian packages, builds, runs every test (CTest).
#   scripts/test.sh              RelWithDebInfo build in build-test/
#   scripts/test.sh --sanitize   AddressSanitizer + UBSan build in build-asan/
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"

build_dir="$here/build-test"
extra=()
timeout=300
if [ "${1:-}" = "--sanitize" ]; then
  build_dir="$here/build-asan"
  extra=(-DCDP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
  timeout=900   # the crash and bulk tests run 5-20x slower under the sanitizers
fi
"$here/scripts/build.sh" "$build_dir" "${extra[@]}"

cd "$build_dir"
export QT_QPA_PLATFORM=offscreen
export CDP_SECRET_BACKEND=memory
ctest --output-on-failure --parallel "$(nproc)" --timeout "$timeout"
