"""Getting in: the setup wizard, the unlock screen, the recovery flow, a new passphrase."""
