#!/usr/bin/env bash
# Fresh machine → running console: installs the Debian packages, builds, and launches
# cdp-console on its embedded sandbox (no account, no network). Extra arguments go to cdp-console.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh" "$here/build"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "demo: no display found. To see the console without one, run:" >&2
  echo "  QT_QPA_PLATFORM=offscreen $here/build/app/cdp-console --demo --screenshot console.png" >&2
  exit 2
fi
exec "$here/build/app/cdp-console" --demo "$@"
