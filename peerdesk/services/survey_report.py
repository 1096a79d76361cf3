"""Exporting a cohort's released results as PDF or CSV (section 12).

Both are made from the frozen results (``services/survey_results.py``): the CSV is the one
stored with the release, the PDF is rendered from the stored figures in the language asked
for, so the figures are the same in every export and every language. An export of a cohort
not yet released releases it first, as a first look on the screen would. Each export is
audited with its format and size, never its figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from peerdesk.domain.survey_results import CohortResults
from peerdesk.services import survey_results, surveys
from peerdesk.services.pdf_words import ENGLISH
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, policy_repo, survey_repo
from peerdesk.storage.atomic import write_atomic

ExportFormat = Literal["csv", "pdf"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "pdf")


@dataclass(frozen=True)
class SurveyExport:
    cohort_id: int
    format: ExportFormat
    data: bytes
    results: CohortResults


def export(ws: Workspace, cohort_id: int, fmt: ExportFormat, *,
           language: str = ENGLISH) -> SurveyExport:
    """The cohort's results as CSV or PDF bytes (``language``: ``en`` or ``fr_CA``).

    Raises:
        SurveyRefused: a wave is still to run or open (nothing is released).
        NotFound: no such cohort.
        ValueError: an unknown format (a bug of the caller).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    results = survey_results.results(ws, cohort_id)
    conn = ws.vault.conn
    if fmt == "csv":
        stored = survey_repo.released(conn, cohort_id)
        assert stored is not None  # results() released it
        data = stored.csv
    else:
        from peerdesk.services.survey_pdf import results_pdf  # noqa: PLC0415 - reportlab

        found = surveys.cohort(ws, cohort_id)
        data = results_pdf(results, surveys.cohort_instruments(found),
                           policy_repo.load(conn).program_name, language)
    with database.transaction(conn):
        audit.append(conn, ws.member.user_id, "survey_exported", cohort=cohort_id, format=fmt,
                     bytes=len(data))
    return SurveyExport(cohort_id, fmt, data, results)


def write_export(ws: Workspace, cohort_id: int, fmt: ExportFormat, out: Path, *,
                 language: str = ENGLISH) -> SurveyExport:
    """Export and write the file atomically (the file the user chose, nothing else)."""
    result = export(ws, cohort_id, fmt, language=language)
    write_atomic(out, result.data)
    return result
