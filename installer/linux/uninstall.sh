#!/bin/sh
# Remove PeerDesk installed by install.sh (run as root). Users' vaults are NOT removed: they stay
# in each user's ~/.local/share/PeerDesk until someone deletes them on purpose.
set -eu
prefix=${PREFIX:-/opt/peerdesk}
rm -rf "$prefix"
rm -f /usr/share/applications/peerdesk.desktop /usr/share/icons/hicolor/scalable/apps/peerdesk.svg
for size in 16 32 48 64 128 256; do
    rm -f "/usr/share/icons/hicolor/${size}x${size}/apps/peerdesk.png"
done
gtk-update-icon-cache -q /usr/share/icons/hicolor 2>/dev/null || true
echo "PeerDesk removed. Vault data in users' ~/.local/share/PeerDesk was kept."
