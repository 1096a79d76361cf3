"""Vocabulary labels in the UI's language (codes are never shown; ARCHITECTURE section 4).

The English of every label is written once, in :mod:`peerdesk.domain.labels_en`, which lupdate
reads; here each is translated through ``QCoreApplication.translate`` under the context
``Vocab``, so a translator sees each word once. ``label(member)`` works for any vocabulary
enum member.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from peerdesk.domain import labels_en
from peerdesk.ui.kit.i18n import translate


def label(member: enum.StrEnum) -> str:
    """The translated label of one vocabulary member."""
    return QCoreApplication.translate("Vocab", labels_en.label(member))


def short_label(member: enum.StrEnum) -> str:
    """The translated short label (for a narrow column), or the label where there is none."""
    return QCoreApplication.translate("Vocab", labels_en.SHORT_LABELS[labels_en.key(member)])


def labels(members: Iterable[enum.StrEnum]) -> str:
    """Labels joined for a table cell ("Work stress, Grief and loss")."""
    return translate("Vocab", ", ").join(label(m) for m in members)


def every_member_has_a_label() -> bool:
    """True when every member of every vocabulary has a label (a test guards this)."""
    return all(labels_en.key(m) in labels_en.LABELS
               for vocab in labels_en.VOCABULARIES for m in vocab)
