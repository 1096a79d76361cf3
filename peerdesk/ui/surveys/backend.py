"""What the Surveys screens ask of the survey engine (``services/surveys.py``), in their terms.

Every function here runs in the worker (it reads or writes the vault) and returns plain
values: the questionnaire of a cohort's open wave, a submission regrouped by instrument, the
facts a cohort row shows. The screens never see how scoring or linking work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from peerdesk.domain.messages import Message
from peerdesk.domain.surveys import Instrument, SurveyRefused, WaveKind
from peerdesk.services import kiosk_exit, surveys
from peerdesk.services.surveys import Cohort
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.services.workspace import Workspace
from peerdesk.ui.surveys.questionnaire import Choice, Question, Questionnaire, Words

SEPARATOR = ":"  # between an instrument's id and an item's id in a question key


@dataclass(frozen=True)
class KioskStart:
    """What a kiosk needs, read before it opens: the form, and who may end it."""

    questionnaire: Questionnaire
    keepers: list[str]


def question_key(instrument_id: str, item_id: str) -> str:
    return f"{instrument_id}{SEPARATOR}{item_id}"


def questions_of(instrument: Instrument) -> tuple[Question, ...]:
    """An instrument's items as questions: its stem above each, its scale as the answers."""
    choices = tuple(Choice(o.value, Words(o.label.en, o.label.fr)) for o in instrument.options)
    stem = Words(instrument.stem.en, instrument.stem.fr)
    return tuple(Question(question_key(instrument.id, item.id),
                          Words(item.text.en, item.text.fr), choices, stem)
                 for item in instrument.items)


def questionnaire(cohort: Cohort, wave: WaveKind) -> Questionnaire:
    """The questions of every instrument of ``cohort``, in order, for its ``wave``."""
    found = surveys.cohort_instruments(cohort)
    questions = tuple(q for instrument in found for q in questions_of(instrument))
    credits = tuple(Words(i.credit.en, i.credit.fr) for i in found)
    wave_words = WAVE_WORDS[wave]
    title = Words(f"{cohort.title} — {wave_words.en}", f"{cohort.title} — {wave_words.fr}")
    return Questionnaire(str(cohort.id), title, questions, credits,
                         asks_code=surveys.linking_waves(cohort))


# The wave's name as a respondent reads it in the kiosk's title (in both languages at once:
# the kiosk switches language itself, whatever the app speaks).
WAVE_WORDS = {
    WaveKind.PRE: Words("before", "avant"),
    WaveKind.POST: Words("after", "après"),
    WaveKind.FOLLOW_UP: Words("follow-up", "suivi"),
}


def kiosk_start(ws: Workspace, cohort_id: int) -> KioskStart:
    """The open wave's questionnaire and the names whose passphrase ends the kiosk (the
    member who opens it first); the opening is written to the audit log.

    Raises:
        SurveyRefused: the cohort has no open wave.
    """
    cohort = surveys.cohort(ws, cohort_id)
    wave = surveys.open_wave_of(cohort)
    if wave is None:
        raise SurveyRefused(reason=Message("survey.no_open_wave"))
    opener = ws.member.name
    names = [m.name for m in kiosk_exit.kiosk_keepers(ws)]
    keepers = [opener] + [n for n in names if n != opener]
    kiosk_exit.record_opened(ws, f"{cohort_id}/{wave.value}")
    return KioskStart(questionnaire(cohort, wave), keepers)


def paper_start(ws: Workspace, cohort_id: int) -> Questionnaire:
    """The open wave's questionnaire, for keying in paper forms.

    Raises:
        SurveyRefused: the cohort has no open wave.
    """
    cohort = surveys.cohort(ws, cohort_id)
    wave = surveys.open_wave_of(cohort)
    if wave is None:
        raise SurveyRefused(reason=Message("survey.no_open_wave"))
    return questionnaire(cohort, wave)


def grouped(answers: Mapping[str, int]) -> dict[str, dict[str, int | None]]:
    """``{"k6:1": 3}`` as the engine takes it: ``{"k6": {"1": 3}}``."""
    found: dict[str, dict[str, int | None]] = {}
    for key, value in answers.items():
        instrument_id, _, item_id = key.partition(SEPARATOR)
        found.setdefault(instrument_id, {})[item_id] = value
    return found


def submit(ws: Workspace, cohort_id: int, code: str, answers: Mapping[str, int], *,
           mode: str) -> None:
    """Store one respondent's answers at once (one transaction, in the vault)."""
    surveys.submit(ws, cohort_id, grouped(answers), code or None, mode=mode)


def export(ws: Workspace, cohort_id: int, fmt: str, path: Path, language: str) -> None:
    """Write the released results as ``fmt`` (csv or pdf) to ``path``, atomically and
    audited; the PDF in ``language``, with the instruments' credits."""
    from peerdesk.services import survey_report  # noqa: PLC0415 - reportlab on first use

    chosen: survey_report.ExportFormat = "pdf" if fmt == "pdf" else "csv"
    survey_report.write_export(ws, cohort_id, chosen, path, language=language)


def leave(ws: Workspace, guard: UnlockGuard, name: str, passphrase: str) -> None:
    """Check a keeper's passphrase before the kiosk closes (raises when it does not open)."""
    kiosk_exit.confirm_leave(ws, name, passphrase, guard)
