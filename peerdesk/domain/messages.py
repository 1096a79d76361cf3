"""Messages that cross from the domain and the services to the UI and the command line.

A :class:`Message` is made from a stable ``code`` and the ``params`` its sentence needs; its
value as a ``str`` is the English sentence from the one English catalogue
(:data:`peerdesk.domain.messages_en.ENGLISH`), which is what the command line prints and what
logs and tests read. Nothing reads that sentence back: a reader in another language takes the
template of the code from its own catalogue and fills the parameters after translating -- the
UI through Qt (``ui/kit/message_text.py``), the PDFs and drill feedback through the French
catalogue below the UI (:mod:`peerdesk.domain.messages_fr`).

A parameter is shown as it is (a name, what someone typed, a pack's own words), unless it is

* an ``int``: a number, written the reader's way (1440 and 100,000 in English);
* a :class:`Code`: a vocabulary code, shown by its label (the code itself in the English text);
* a :class:`Message`: a sentence inside the sentence, in the reader's language too;
* a tuple of :class:`Message`: several sentences, joined with "; ";
* a :class:`Listed`: several codes or words, "a, b" or "a, b or c".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Union

from peerdesk.domain.messages_en import ENGLISH

Param = Union[str, int, "Message", tuple["Message", ...], "Listed"]

SEPARATOR = "; "


class Code(str):
    """A vocabulary code in a message (``some_concern``): the reader sees its label."""

    __slots__ = ()


@dataclass(frozen=True)
class Listed:
    """Several codes or words in one sentence: "a, b", or "a, b or c" with ``either``."""

    items: tuple[Message | Code, ...]
    either: bool = False


@dataclass(frozen=True)
class Reader:
    """How one reader sees parameters: sentences, numbers and codes in their language."""

    text: Callable[[Message], str]
    number: Callable[[int], str]
    label: Callable[[str], str]


def english_number(value: int) -> str:
    """1440 and 100,000 (four-digit numbers read better without a comma)."""
    return f"{value:,}" if abs(value) >= 10_000 else str(value)


ENGLISH_READER = Reader(str, english_number, str)


class Message(str):
    """An English sentence that also carries the code and parameters it was made from.

    Attributes:
        code: the stable key of the sentence in every language's catalogue.
        params: the values its ``{name}`` placeholders stand for.
    """

    code: str
    params: Mapping[str, Param]

    def __new__(cls, code: str, /, **params: Param) -> Message:
        self = super().__new__(cls, fill(ENGLISH[code], params, ENGLISH_READER))
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


def fill(template: str, params: Mapping[str, Param], reader: Reader) -> str:
    """``template`` (in the reader's language) with each ``{name}`` replaced by its parameter.

    Placeholders are replaced, never parsed: a translated template only moves them around.
    """
    text = template
    for name, value in params.items():
        text = text.replace("{" + name + "}", shown(value, reader))
    return text


def shown(value: Param, reader: Reader) -> str:
    """One parameter as the reader sees it (see the module docstring)."""
    if isinstance(value, Message):
        return reader.text(value)
    if isinstance(value, Code):
        return reader.label(value)
    if isinstance(value, tuple):
        return SEPARATOR.join(reader.text(part) for part in value)
    if isinstance(value, Listed):
        return _listed(value, reader)
    if isinstance(value, int) and not isinstance(value, bool):
        return reader.number(value)
    return str(value)


def text_in(message: str, catalogue: Mapping[str, str], label: Callable[[str], str],
            number: Callable[[int], str]) -> str:
    """``message`` through ``catalogue`` (code -> template; English where it has no entry),
    codes shown by ``label`` and numbers by ``number``; a plain text is returned as it is."""
    if not isinstance(message, Message):
        return message
    template = catalogue.get(message.code, ENGLISH[message.code])
    return fill(template, message.params,
                Reader(lambda inner: text_in(inner, catalogue, label, number), number, label))


def _listed(value: Listed, reader: Reader) -> str:
    parts = [shown(item, reader) for item in value.items]
    if value.either and len(parts) > 1:
        return ", ".join(parts[:-1]) + " " + reader.text(Message("word.or")) + " " + parts[-1]
    return ", ".join(parts)


# --------------------------------------------------------------------------- storing


def to_data(value: Param) -> Any:
    """``value`` as JSON data (drill results keep their verdicts as codes, not sentences)."""
    if isinstance(value, Message):
        return {"code": value.code, "params": {k: to_data(v) for k, v in value.params.items()}}
    if isinstance(value, Code):
        return {"label": str(value)}
    if isinstance(value, Listed):
        return {"listed": [to_data(item) for item in value.items], "either": value.either}
    if isinstance(value, tuple):
        return [to_data(item) for item in value]
    return value


def from_data(data: Any) -> Any:
    """The value :func:`to_data` wrote; a plain text (stored before messages had codes) stays
    a plain text and is shown as it was written."""
    if isinstance(data, dict):
        if "code" in data:
            return Message(str(data["code"]),
                           **{str(k): from_data(v) for k, v in data["params"].items()})
        if "label" in data:
            return Code(str(data["label"]))
        if "listed" in data:
            return Listed(tuple(from_data(item) for item in data["listed"]),
                          bool(data.get("either")))
    if isinstance(data, list):
        return tuple(from_data(item) for item in data)
    return data
