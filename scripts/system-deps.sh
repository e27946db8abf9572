#!/usr/bin/env bash
# Installs the Debian packages Stocktake needs, if any are missing: `base` for running it,
# `test` adds what the test suite uses (Chromium for browser tests, poppler-utils).
# Does nothing when everything is there; needs root or sudo otherwise.
set -euo pipefail
profile="${1:-base}"
# Noto fonts: PDF reports shape Arabic and Chinese text with them.
packages=(python3-venv gettext fonts-noto-core fonts-noto-cjk)
if [ "$profile" = "test" ]; then
  packages+=(chromium chromium-driver poppler-utils)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A Python that already has venv (pyenv, python.org builds) does not need Debian's python3-venv.
if python3 -c "import venv, ensurepip" 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
read -ra missing <<< "${missing[*]:-}"
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install: ${missing[*]}" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
