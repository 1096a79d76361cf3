"""Use cases over storage: the workspace (an unlocked vault and its signed-in member) and more."""
