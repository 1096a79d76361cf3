"""The Region section: a station's bundles for a regional program, and a regional vault's
imports, reporting table and exports (ARCHITECTURE section 14)."""
