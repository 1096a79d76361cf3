"""Render PeerDesk's icon set from ``peerdesk.svg`` (run it after changing the SVG).

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/icons/render_icons.py

Writes, beside this file:

- ``peerdesk-<N>.png`` for N in :data:`SIZES` (the Linux hicolor sizes, the .desktop icon);
- ``peerdesk.ico`` (Windows: the executable and the installer), PNG-compressed entries;
- ``peerdesk.icns`` (macOS: the .app bundle), PNG-compressed entries.

Uses QtSvg from PySide6-Essentials (already a PeerDesk dependency); ``.ico`` and ``.icns`` are
written with the standard library, so no image tool is needed on the build machine.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "peerdesk.svg"
SIZES = (16, 32, 48, 64, 128, 256)
ICNS_ONLY_SIZES = (512,)  # the @2x entry for 256 in the .icns; not a separate PNG file
# .icns entry types holding PNG data, by pixel size (several types share a size: 1x and @2x).
ICNS_TYPES = {
    16: (b"icp4",),
    32: (b"icp5", b"ic11"),
    64: (b"icp6", b"ic12"),
    128: (b"ic07",),
    256: (b"ic08", b"ic13"),
    512: (b"ic09", b"ic14"),
}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` canvas, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as is (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding each PNG under every entry type of its pixel size."""
    body = b""
    for size in sorted(pngs):
        for kind in ICNS_TYPES.get(size, ()):
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in (*SIZES, *ICNS_ONLY_SIZES)}
    for size in SIZES:
        (HERE / f"peerdesk-{size}.png").write_bytes(pngs[size])
    (HERE / "peerdesk.ico").write_bytes(ico({s: pngs[s] for s in SIZES}))
    (HERE / "peerdesk.icns").write_bytes(icns(pngs))
    del app
    print(f"render_icons: {len(SIZES)} PNGs, peerdesk.ico and peerdesk.icns in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
