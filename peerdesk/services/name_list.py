"""The given names the note scan knows (``resources/names``), read once per process."""

from __future__ import annotations

import functools
from pathlib import Path

from peerdesk.domain.note_scan import NameList
from peerdesk.services.resources import resource_path

NAME_FILES = ("given_names_en.txt", "given_names_fr.txt")
COMMON_WORDS_FILE = "also_common_words.txt"


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()
            and not line.startswith("#")]


@functools.cache
def given_names() -> NameList:
    """English and French given names and nicknames, and which of them are everyday words."""
    names = [n for file in NAME_FILES for n in _lines(resource_path("names", file))]
    return NameList.of(names, _lines(resource_path("names", COMMON_WORDS_FILE)))
