"""Anonymized quarterly statistics (ARCHITECTURE section 6): the release engine, its disclosure
audit, the ledger, and the CSV and PDF exports. No Qt here; the statistics screen calls
``peerdesk.services.stats.release``."""
