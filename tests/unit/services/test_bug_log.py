"""Bug logs keep where a bug happened and never the text a person typed."""

from __future__ import annotations

import logging
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.services.bug_log import PrivateLogHandler, format_bug


def _bug_with(text: str) -> BaseException:
    try:
        try:
            text.encode("ascii")
        except UnicodeEncodeError as exc:
            raise ValueError("stretching the passphrase failed") from exc
    except ValueError as exc:
        return exc
    raise AssertionError("the text encoded")


@settings(max_examples=100, deadline=None)
@given(secret=st.text(st.characters(min_codepoint=0x80, max_codepoint=0xD7FF), min_size=1,
                      max_size=12))
def test_codec_errors_never_quote_the_text(secret: str) -> None:
    report = format_bug(_bug_with("pass " + secret))
    assert "UnicodeEncodeError: ascii ordinal not in range(128)" in report
    assert "ValueError: stretching the passphrase failed" in report
    assert "direct cause" in report
    assert "_bug_with" in report, "the frames are kept"
    for shown in (secret, secret.encode("unicode_escape").decode(), repr(secret)[1:-1]):
        assert shown not in report


def test_the_app_log_goes_through_the_same_formatter(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "peerdesk.log"
    handler = PrivateLogHandler(path)
    logger = logging.getLogger("peerdesk.test_bug_log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        bug = _bug_with("zq\u00e9x")
        logger.error("Unexpected error", exc_info=(type(bug), bug, bug.__traceback__))
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "Unexpected error" in text
    assert "UnicodeEncodeError" in text
    assert "zq" not in text
    assert "\\xe9" not in text
