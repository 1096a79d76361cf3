#!/bin/sh
# Install the frozen app built by `make installer` for every user of this computer (run as root):
#   sudo installer/linux/install.sh [installer/dist/peerdesk]
# Copies the one-folder app to /opt/peerdesk, the desktop entry to /usr/share/applications and
# the icons to the hicolor theme. It reaches no network. Vaults live in each user's data folder
# (~/.local/share/PeerDesk) and are never touched here; uninstall.sh leaves them too.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dist=${1:-"$here/../dist/peerdesk"}
prefix=${PREFIX:-/opt/peerdesk}
[ -x "$dist/peerdesk" ] || { echo "install.sh: no app in $dist (run make installer first)" >&2; exit 1; }
"$dist/peerdesk" --version >/dev/null
rm -rf "$prefix"
mkdir -p "$prefix"
cp -a "$dist/." "$prefix/"
install -Dm644 "$here/peerdesk.desktop" /usr/share/applications/peerdesk.desktop
if [ "$prefix" != /opt/peerdesk ]; then
    sed -i "s|/opt/peerdesk/peerdesk|$prefix/peerdesk|g" /usr/share/applications/peerdesk.desktop
fi
for size in 16 32 48 64 128 256; do
    install -Dm644 "$here/../icons/peerdesk-$size.png" \
        "/usr/share/icons/hicolor/${size}x${size}/apps/peerdesk.png"
done
install -Dm644 "$here/../icons/peerdesk.svg" /usr/share/icons/hicolor/scalable/apps/peerdesk.svg
gtk-update-icon-cache -q /usr/share/icons/hicolor 2>/dev/null || true
update-desktop-database -q /usr/share/applications 2>/dev/null || true
"$prefix/peerdesk" selftest
echo "PeerDesk installed in $prefix."
