"""Messages that cross from the domain and the services to the UI and the command line.

A :class:`Message` is made from a stable ``code`` and the ``params`` its sentence needs; its
value as a ``str`` is the English sentence from the one English catalogue
(:data:`peerdesk.domain.messages_en.ENGLISH`), which is what the command line prints and what
logs and tests read. The UI never reads that sentence back: it translates the template of the
code through Qt and fills the parameters after translating (``ui/kit/message_text.py``); the PDFs
and the drill feedback do the same with the French catalogue below the UI
(``services/words/fr_CA.py``).

A parameter is shown as it is (a name, a code, what someone typed), unless it is

* an ``int``: a number, written the reader's way (1,234 in English);
* a :class:`Message`: a sentence inside the sentence, translated in its turn;
* a tuple of :class:`Message`: several sentences, joined with "; ".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Union

from peerdesk.domain.messages_en import ENGLISH

Param = Union[str, int, "Message", tuple["Message", ...]]

SEPARATOR = "; "


class Message(str):
    """An English sentence that also carries the code and parameters it was made from.

    Attributes:
        code: the stable key of the sentence in every language's catalogue.
        params: the values its ``{name}`` placeholders stand for.
    """

    code: str
    params: Mapping[str, Param]

    def __new__(cls, code: str, /, **params: Param) -> Message:
        self = super().__new__(cls, fill(ENGLISH[code], params, str, english_number))
        self.code = code
        self.params = MappingProxyType(dict(params))
        return self

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {dict(self.params)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.code, dict(self.params)))


def _rebuild(code: str, params: dict[str, Param]) -> Message:
    return Message(code, **params)


def joined(messages: list[Message] | tuple[Message, ...]) -> Message:
    """One message for several ("a; b"), or the message itself when there is one."""
    return messages[0] if len(messages) == 1 else Message("list", items=tuple(messages))


def english_number(value: int) -> str:
    """1440 and 100,000 (four-digit numbers read better without a comma)."""
    return f"{value:,}" if abs(value) >= 10_000 else str(value)


def fill(template: str, params: Mapping[str, Param], inner: Callable[[Message], str],
         number: Callable[[int], str]) -> str:
    """``template`` with each ``{name}`` replaced by its parameter.

    ``inner`` gives the text of a sentence inside the sentence (in the reader's language) and
    ``number`` the text of a number. Placeholders are replaced, never parsed: a translated
    template only moves them around.
    """
    text = template
    for name, value in params.items():
        text = text.replace("{" + name + "}", shown(value, inner, number))
    return text


def shown(value: Param, inner: Callable[[Message], str], number: Callable[[int], str]) -> str:
    """One parameter as the reader sees it (see the module docstring)."""
    if isinstance(value, Message):
        return inner(value)
    if isinstance(value, tuple):
        return SEPARATOR.join(inner(part) for part in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return str(value)

