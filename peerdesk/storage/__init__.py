"""Storage layer: the SQLCipher vault, key slots, migrations and repositories."""
