"""``python -m peerdesk``: the same entry point as the ``peerdesk`` command."""

from peerdesk.cli import main

raise SystemExit(main())
