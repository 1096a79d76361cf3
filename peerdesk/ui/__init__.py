"""The desktop app (PySide6). Only this package imports Qt; nothing imports it but the CLI."""

from peerdesk.ui import qt_compat

qt_compat.install()
