"""Numbered schema migrations: ``NNNN_name.sql``, each applied in one transaction."""
