#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with cpack in a scratch directory and checks what it installs; runs
# lintian on it when lintian is installed and fails on any error (E:) it reports.
# usage: packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=0
for path in ./usr/bin/partnerscope \
            ./usr/share/applications/org.partnerscope.Partnerscope.desktop \
            ./usr/share/metainfo/org.partnerscope.Partnerscope.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.partnerscope.Partnerscope.svg \
            ./usr/share/mime/packages/org.partnerscope.Partnerscope.xml \
            ./usr/share/partnerscope/translations/partnerscope_de.qm \
            ./usr/share/partnerscope/translations/partnerscope_fr.qm \
            ./usr/share/doc/partnerscope/copyright \
            ./usr/share/doc/partnerscope/changelog.gz \
            ./usr/share/man/man1/partnerscope.1.gz; do
    if ! grep -qx "$path" <<<"$contents"; then
        echo "missing from $(basename "$deb"): $path" >&2
        missing=1
    fi
done
[ "$missing" = 0 ] || exit 1
dpkg-deb -f "$deb" Package Version Depends | sed 's/^/  /'
# The installed binary runs from the unpacked tree and finds its translations there.
root="$out/root"
dpkg-deb -x "$deb" "$root"
version=$("$root/usr/bin/partnerscope" --version)
echo "  $version"
if command -v lintian >/dev/null; then
    # Run as root here; lintian warns about that but still checks the package.
    report=$(lintian --allow-root --tag-display-limit 0 "$deb" 2>&1 || true)
    echo "$report" | sed 's/^/  lintian: /'
    if grep -q '^E:' <<<"$report"; then
        echo "lintian reports errors for $(basename "$deb")" >&2
        exit 1
    fi
fi
echo "ok: $(basename "$deb")"
