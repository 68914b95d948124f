#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Partnerscope needs to build, test and run. Idempotent and
# non-interactive: packages already present are left alone; apt runs only if something is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config file
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6
    libpsl-dev publicsuffix            # account mapping: registrable domains (Public Suffix List)
    libsodium-dev                      # account mapping: private set intersection (ristretto255)
    libqcustomplot-dev libsqlite3-dev sqlite3 libxlsxwriter-dev
    libglpk-dev                        # the investment plan's solver (core/plan)
    libpq-dev postgresql               # team portfolios: libpq, and a real PostgreSQL 15 in tests
    libsecret-1-dev                    # team portfolio passwords in the system keyring
    xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream
    lintian man-db                     # packaging_deb: lint the Debian package and its man page
    graphviz
    python3-sklearn python3-pandas     # peers: scikit-learn (k-means), pandas reads the CSV report
    poppler-utils unzip
    libasan8 libubsan1                 # the sanitizer build of scripts/test.sh (gcc)
    clang libclang-rt-14-dev           # the libFuzzer targets of scripts/fuzz.sh
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev   # workshop voting server, QR code
    chromium nodejs                    # browser_voting: the voting page in headless Chromium
    wrk                                # bench_voting's load generator
    tesseract-ocr tesseract-ocr-eng imagemagick   # app_tst_cli_render_legible: OCR of the rendered map
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
