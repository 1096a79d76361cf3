"""Domain layer: standard library only (dataclasses, vocabularies, validation, errors)."""
