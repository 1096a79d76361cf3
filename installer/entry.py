"""The frozen app's script: the ``peerdesk`` console entry point (``peerdesk.cli:main``).

With no arguments it starts the desktop app; ``peerdesk selftest``, ``peerdesk --version`` and
every other command work as they do from a source checkout.
"""

from peerdesk.cli import main

raise SystemExit(main())
