"""The program report: only published figures of frozen releases, their sums and differences.

The PDF is read back with poppler's pdftotext and every number it prints about contacts is
checked against the released CSVs; a hidden figure is never compared or charted; the
independent attacker holding every CSV and the report's numbers finds nothing new.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date

import pytest

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import Release
from peerdesk.services import audit_log, policy
from peerdesk.services.stats import program_figures as figures
from peerdesk.services.stats import program_report as report
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.program_pdf import report_pdf
from program_report_support import pdf_pages, released_vault
from stats_attacker import Attacker, parse

TODAY = date(2026, 11, 29)
NARRATIVE = ("Debriefings after two difficult calls filled the quarter.\n\n"
             "The dispatch centre asked for a standing monthly session.")
GLANCE_ROWS = {"Contacts": ("contacts_by_month", "Total", "contacts"),
               "Hours of support": ("support_hours", "Total", "hours"),
               "Referrals made": ("referrals_by_type", "Total", "referrals")}


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    ws, quarters = released_vault(tmp_path_factory.mktemp("program") / "vault")
    current = policy.current(ws)
    policy.update_settings(ws, idle_lock_minutes=current.idle_lock_minutes,
                           private_notes_enabled=False, notes_expiry_days=30,
                           suppression_threshold=current.suppression_threshold,
                           program_name="Fire & Rescue <Peers>")
    policy.update_profile(ws, agencies=["Metro Fire", "County Police"], year_start_month=1)
    csvs = {str(q): stats.export(ws, q, "csv").data for q in quarters}
    yield ws, quarters, csvs
    ws.lock()


def cells_of(data: bytes) -> dict[tuple[str, str, str], int | None]:
    return parse(data)[1]


def signed(value: int) -> str:
    return f"{value:+,}" if value else "0"


def allowed_numbers(csvs: dict[str, bytes], quarter: Quarter) -> set[str]:
    """Every number the report may print about contacts, worked out from the CSVs alone: a
    published cell of the quarter, the quarter before or a year before, the change between
    two published ones and its percentage, and the headline cells of the trend's quarters."""
    q, prev, ago = str(quarter), str(quarter.previous()), str(
        quarter.previous().previous().previous().previous())
    now_cells = cells_of(csvs[q])
    allowed: set[str] = set()
    for period, data in csvs.items():
        if period > q:
            continue
        for key in GLANCE_ROWS.values():
            value = cells_of(data)[key]
            if value is not None:
                allowed.add(f"{value:,}")
    for key, value in now_cells.items():
        if value is not None:
            allowed.add(f"{value:,}")
        for other in (prev, ago):
            then = cells_of(csvs[other]).get(key) if other in csvs else None
            if then is None:
                continue
            allowed.add(f"{then:,}")
            if value is not None:
                allowed.add(signed(value - then))
            if value is not None and then:
                allowed.add(signed(round(100 * (value - then) / then)) + "%")
    return allowed


def figure_pages(pages: list[str]) -> str:
    """The pages before team readiness (the figures about contacts), without the footers."""
    text = "\f".join(pages)
    return without_footer(text[: text.index("Team readiness")])


def without_footer(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if "Program report 20" not in line and "Page " not in line)


def number_tokens(text: str) -> list[str]:
    months = ("January|February|March|April|May|June|July|August|September|October|"
              "November|December")
    for pattern in (rf"\d{{1,2}} ({months}) \d{{4}}", rf"({months}) \d{{4}}",
                    r"Quarter \d, \d{4}", r"Q\d \d{4}", r"last \d+ released quarters"):
        text = re.sub(pattern, " ", text)
    return re.findall(r"[+-]?\d[\d,]*%?", text)


def test_every_number_about_contacts_in_the_pdf_is_a_published_figure(vault):
    ws, quarters, csvs = vault
    last = quarters[-1]
    report.save_narrative(ws, figures.Period.quarter(last), NARRATIVE)
    data, pdf = report.program_report(ws, figures.Period.quarter(last), today=TODAY)
    pages = pdf_pages(pdf)
    text = figure_pages(pages)
    allowed = allowed_numbers(csvs, last)
    tokens = number_tokens(text)
    assert len(tokens) > 40
    assert [t for t in tokens if t not in allowed] == []
    # The comparison rows, each number in its place.
    now, prev, ago = (cells_of(csvs[str(q)]) for q in (
        last, last.previous(), last.previous().previous().previous().previous()))
    for label, key in GLANCE_ROWS.items():
        line = next(line for line in text.splitlines()
                    if re.match(rf"\s*{label}\s+[\d,]+\s", line))
        expected = [f"{now[key]:,}", f"{prev[key]:,}", signed(now[key] - prev[key]),
                    signed(round(100 * (now[key] - prev[key]) / prev[key])) + "%",
                    f"{ago[key]:,}", signed(now[key] - ago[key]),
                    signed(round(100 * (now[key] - ago[key]) / ago[key])) + "%"]
        assert number_tokens(line) == expected
    # The trend: each chart's numbers are the last eight quarters' published cells in order.
    trend = without_footer(next(p for p in pages
                                if "Trends over the last 8 released quarters" in p))
    charts = re.split(r"Contacts per quarter|Hours of support per quarter|"
                      r"Referrals made per quarter", trend)[1:]
    for chart, key in zip(charts, GLANCE_ROWS.values(), strict=True):
        published = [cells_of(csvs[str(q)])[key] for q in quarters[-8:]]
        assert sorted(number_tokens(chart)) == sorted(f"{v:,}" for v in published
                                                      if v is not None)
    assert data.program == "Fire & Rescue <Peers>"
    whole = "\n".join(pages)
    assert "Fire & Rescue <Peers>" in whole
    assert "Serving Metro Fire · County Police" in whole
    assert "Debriefings after two difficult calls filled the quarter." in whole
    assert "Prepared by" in whole
    assert "Reviewed by" in whole
    assert "How these figures were made" in whole


def test_a_hidden_figure_is_never_compared_summed_or_charted(vault):
    ws, quarters, _ = vault
    releases = stats.releases(ws)
    last, hidden_hours = str(quarters[-1]), str(quarters[-3])

    def hide(release: Release, variable: str) -> Release:
        return replace(release, values={**release.values, variable: None})

    changed = [hide(r, "contacts") if r.period == last else
               hide(r, "hours") if r.period == hidden_hours else r for r in releases]
    true_contacts = next(r for r in releases if r.period == last).values["contacts"]
    data = figures.gather(changed, figures.Period.quarter(quarters[-1]), program="P",
                         agencies=(), readiness=None, narrative="", prepared_by="Dana Reyes",
                         prepared_on=TODAY, training=True)
    pages = pdf_pages(report_pdf(data))
    text = figure_pages(pages)
    contacts = next(line for line in text.splitlines() if re.match(r"\s*Contacts\s+hidden", line))
    assert re.sub(r"[\d,]+", "N", contacts.split("Contacts", 1)[1]).split() == [
        "hidden", "N", "not", "compared", "N", "not", "compared"]
    assert "not compared on the previous quarter" in pages[0]
    trend = next(p for p in pages if "Trends over the last" in p)
    hours_chart = trend.split("Hours of support per quarter")[1].split("Referrals made")[0]
    assert "hidden" in hours_chart
    assert len(number_tokens(hours_chart)) == 7  # eight quarters, one hidden: no bar, no number
    contacts_chart = trend.split("Contacts per quarter")[1].split("Hours of support")[0]
    assert f"{true_contacts:,}" not in number_tokens(contacts_chart)
    # An annual sum with a hidden quarter is hidden, and so is its change.
    year = quarters[-1].year - 1
    annual = figures.gather(changed, figures.Period.reporting_year(year, 1), program="P",
                           agencies=(), readiness=None, narrative="", prepared_by="D",
                           prepared_on=TODAY, training=True)
    by_cell = {f.cell: f for f in annual.headlines}
    if any(q.year == year and str(q) == hidden_hours for q in quarters):
        assert by_cell[("support_hours", "Total", "hours")].now is None


def assert_published_hours(csvs, periods, figure) -> None:
    for period, value in zip(periods, (figure.now, figure.previous, figure.year_ago),
                             strict=True):
        if period is None or value is None:
            continue
        assert value == sum(cells_of(csvs[str(q)])[figure.cell] for q in period.quarters)


def cell_sums(attacker: Attacker, periods, cell) -> list[dict[int, float] | None]:
    """Each period's cell as the attacker's variables summed (None: not all released)."""
    out: list[dict[int, float] | None] = []
    for period in periods:
        names = [] if period is None else [f"{q}|{'/'.join(cell)}" for q in period.quarters]
        known = names and all(n in attacker.index for n in names)
        out.append({attacker.index[n]: 1.0 for n in names} if known else None)
    return out


def add_report(attacker: Attacker, data: figures.ReportData, csvs) -> int:
    """Give the attacker every number the report prints about contacts, as equations on the
    true counts (the releases are exact); returns how many."""
    added = 0
    periods = (data.period, data.previous_period, data.year_ago_period)
    for figure in [*data.headlines, *data.breakdown,
                   *(f for _, table in data.incidents for f in table)]:
        if figure.cell[2] == "hours":
            # Hours are published to the whole hour: the report prints those published values
            # (and their sums and differences), which the attacker holds already.
            assert_published_hours(csvs, periods, figure)
            continue
        values = (figure.now, figure.previous, figure.year_ago)
        sums = cell_sums(attacker, periods, figure.cell)
        for parts, value in zip(sums, values, strict=True):
            if parts is not None and value is not None:
                attacker.add_equation(parts, float(value))
                added += 1
            change = figures.Compared.change(figure.now, value)
            if parts is not None and sums[0] is not None and change is not None and value:
                attacker.add_equation({**sums[0], **{i: -1.0 for i in parts}}, float(change))
                added += 1
    for name, series in data.trend:
        cell = dict(figures.HEADLINES)[name]
        for quarter, value in series:
            if value is not None and cell[2] != "hours":
                attacker.add_equation({attacker.index[f"{quarter}|{'/'.join(cell)}"]: 1.0},
                                      float(value))
                added += 1
    return added


def test_the_attacker_holding_every_csv_and_the_report_finds_nothing_new(vault):
    ws, quarters, csvs = vault
    baseline = Attacker()
    for period in sorted(csvs):
        baseline.add_release(csvs[period])
    before = baseline.intervals(exact=False)
    attacker = Attacker()
    for period in sorted(csvs):
        attacker.add_release(csvs[period])
    quarterly = report.report_data(ws, figures.Period.quarter(quarters[-1]), TODAY)
    annual = report.report_data(ws, figures.Period.reporting_year(quarters[-1].year - 1, 1),
                                TODAY)
    added = add_report(attacker, quarterly, csvs) + add_report(attacker, annual, csvs)
    assert added > 50
    assert attacker.hidden
    assert attacker.intervals(exact=False) == before


def test_the_narrative_is_refused_when_it_looks_like_it_names_someone(vault):
    ws, quarters, _ = vault
    period = figures.Period.quarter(quarters[-2])
    with pytest.raises(ValidationError) as err:
        report.save_narrative(ws, period, "We supported Sgt. Morrison after the crash.")
    assert "identifying details" in err.value.field_errors["narrative"]
    with pytest.raises(ValidationError):
        report.save_narrative(ws, period, "Write to jo.tremblay@example.org for the list.")
    with pytest.raises(ValidationError):
        report.save_narrative(ws, period, "x" * (report.MAX_NARRATIVE + 1))
    assert report.narrative(ws, period) == ""
    report.save_narrative(ws, period, "  A steady quarter for the team.  ")
    assert report.narrative(ws, period) == "A steady quarter for the team."
    entry = audit_log.entries(ws)[0]
    assert (entry.action, entry.detail) == ("report_narrative_saved",
                                            {"period": str(quarters[-2]), "characters": 30})
    report.save_narrative(ws, period, "")
    assert report.narrative(ws, period) == ""


def test_the_narrative_is_stored_encrypted(vault):
    ws, quarters, _ = vault
    secret = "Unmistakable marker words about the season"
    report.save_narrative(ws, figures.Period.quarter(quarters[-3]), secret)
    for path in ws.vault.folder.iterdir():
        if path.is_file():
            assert secret.encode() not in path.read_bytes()


def test_a_report_needs_every_quarter_of_its_period_released(vault):
    ws, quarters, _ = vault
    with pytest.raises(figures.ReportNotReady) as err:
        report.report_data(ws, figures.Period.quarter(quarters[-1].next()), TODAY)
    assert str(quarters[-1].next()) in err.value.message
    later = figures.Period.reporting_year(quarters[-1].year, 1)
    with pytest.raises(figures.ReportNotReady):
        report.report_data(ws, later, TODAY)


def test_reporting_year_from_april_covers_four_quarters_across_two_years():
    period = figures.Period.reporting_year(2025, 4)
    assert [str(q) for q in period.quarters] == ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]
    assert period.code == "2025-Q2..2026-Q1"
    assert (period.first_day, period.last_day) == (date(2025, 4, 1), date(2026, 3, 31))
    assert str(period.shifted(4).quarters[0]) == "2024-Q2"
    assert figures.Period.reporting_year(2025, 1).code == "2025"


@pytest.mark.parametrize("start_month", [1, 4])
def test_annual_figures_are_sums_of_the_four_quarters(vault, start_month):
    ws, quarters, csvs = vault
    year = quarters[-1].year - 1
    data = report.report_data(ws, figures.Period.reporting_year(year, start_month), TODAY)
    assert len(data.period.quarters) == 4
    mine = [str(q) for q in data.period.quarters]
    for figure in data.headlines:
        values = [cells_of(csvs[q])[figure.cell] for q in mine]
        assert figure.now == (None if None in values else sum(values))
    pages = pdf_pages(report_pdf(data))
    assert "Reporting year" in pages[0]
    assert ("January" if start_month == 1 else "April") in pages[0]


def test_trend_csv_holds_published_headlines_of_every_release_only(vault):
    ws, _, csvs = vault
    data, figures = report.trend_csv(ws)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["quarter", "table", "row", "column", "value"]
    assert rows[1] == ["", "_meta", "program", "value", "Fire & Rescue <Peers>"]
    body = [r for r in rows[1:] if r[1] != "_meta"]
    assert len(body) == figures
    expected = [[period, *key, str(cells_of(data_)[key])] for period, data_ in sorted(
        csvs.items()) for key in GLANCE_ROWS.values() if cells_of(data_)[key] is not None]
    assert body == expected
    assert audit_log.entries(ws)[0].action == "stats_trend_exported"
