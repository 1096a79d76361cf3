"""Messages of the domain and the services, in the language the UI speaks.

A :class:`~peerdesk.domain.messages.Message` carries a code and parameters; its English
template (``domain/messages_en.py``) is a source text of the ``Domain`` context, so Qt's
translation of that template is the sentence shown. Parameters are filled after translating:
numbers the locale's way, inner messages translated in their turn. Nothing here reads an
English sentence back: a text that is not a Message (a name, a pack's own words) is shown as
it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from peerdesk.domain.messages import Message, Reader, fill
from peerdesk.domain.messages_en import ENGLISH
from peerdesk.ui.kit import i18n

CONTEXT = "Domain"


def message_text(message: str, label: Callable[[str], str] = str) -> str:
    """``message`` in the UI's language (a plain text is returned as it is).

    ``label`` shows a vocabulary code the message quotes (drill feedback passes its labels);
    by default a code is shown as it is.
    """
    if not isinstance(message, Message):
        return message
    template = QCoreApplication.translate(CONTEXT, ENGLISH[message.code])
    return fill(template, message.params,
                Reader(lambda inner: message_text(inner, label), i18n.number, label))
