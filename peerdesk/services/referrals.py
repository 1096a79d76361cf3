"""The referral directory: search, coordinator edits, CSV import and export, starter entries.

Everyone signed in may search (``VIEW_REFERRALS``); adding, changing, deleting, importing and
exporting need ``EDIT_REFERRALS`` (coordinators). Changes are audited by action and counts
only. The directory holds no contact data: its CSV export (format in
:mod:`peerdesk.domain.referral_csv`) is the directory and nothing else.

Import is two steps, so a person sees what will happen first::

    preview = referrals.preview_import(ws, path.read_bytes())
    if preview.ok:
        referrals.apply_import(ws, preview)   # one transaction: every row or none

Lists for the contact form:

- :func:`crisis_resources` (escalation panel): crisis lines first, open 24/7 before not, then
  every other resource open 24/7; real entries before starter examples.
- :func:`self_care_resources` (the supporter's own support after a hard contact): the peer
  team, the CISM team, the EAP, clinicians, in that order. Peer-level help first because it is
  what the supporter's own program offers at once and without a record; professional help
  (EAP, then a clinician) after it. Chaplains are left out: they are offered to members as a
  referral, and a program that wants them listed adds them as ``peer_team`` or ``other``.
- :func:`lookup_for_referral`: what a referral chip opens (that category only).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from peerdesk.domain import referral_csv
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.referral_csv import ImportProblem
from peerdesk.domain.referrals import (
    SELF_CARE_CATEGORIES,
    ImportRejected,
    ImportStale,
    Resource,
    ResourceCategory,
    ResourceFilter,
    category_for_referral,
    normalized,
    validate,
)
from peerdesk.domain.vocab import ReferralType
from peerdesk.services.resources import resource_path
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, referral_repo
from peerdesk.storage.atomic import write_atomic

ANY = ResourceFilter()
SEARCH_LIMIT = 200
STARTER_FILE = ("referrals", "starter_directory.csv")


def _today(today: date | None) -> date:
    return today or date.today()


# --------------------------------------------------------------------------- reading


def search(
    ws: Workspace, text: str = "", filters: ResourceFilter = ANY, limit: int = SEARCH_LIMIT
) -> list[Resource]:
    """Resources matching what was typed (each word as a prefix) and the filters, best first.

    Any text is safe: FTS syntax in it is searched for literally. With no word typed, the
    filtered directory comes back with crisis lines open 24/7 first, then real entries before
    starter examples, then by name.
    """
    ws.require(Action.VIEW_REFERRALS)
    return referral_repo.search(ws.vault.conn, text, filters, limit)


def lookup_for_referral(
    ws: Workspace, referral: ReferralType, text: str = "", limit: int = SEARCH_LIMIT
) -> list[Resource]:
    """What a contact form's referral chip opens: the directory filtered to its category."""
    return search(ws, text, ResourceFilter(category=category_for_referral(referral)), limit)


def get(ws: Workspace, resource_id: int) -> Resource:
    ws.require(Action.VIEW_REFERRALS)
    resource = referral_repo.get(ws.vault.conn, resource_id)
    if resource is None:
        raise NotFound(what="resource")
    return resource


def crisis_resources(ws: Workspace) -> list[Resource]:
    """For the escalation panel: crisis lines (24/7 first), then every other 24/7 resource."""
    ws.require(Action.VIEW_REFERRALS)
    return referral_repo.in_categories(
        ws.vault.conn, [ResourceCategory.CRISIS_LINE], or_24_7=True
    )


def self_care_resources(ws: Workspace) -> list[Resource]:
    """Support for the supporter: peer team, CISM team, EAP, clinicians (module docstring)."""
    ws.require(Action.VIEW_REFERRALS)
    return referral_repo.in_categories(ws.vault.conn, SELF_CARE_CATEGORIES)


@dataclass(frozen=True)
class DirectoryCounts:
    total: int
    examples: int  # starter entries still to replace
    stale: int  # not verified in 12 months, or never


def counts(ws: Workspace, today: date | None = None) -> DirectoryCounts:
    """How big the directory is and how much of it needs attention."""
    ws.require(Action.VIEW_REFERRALS)
    day = _today(today)
    resources = referral_repo.all_resources(ws.vault.conn)
    return DirectoryCounts(
        total=len(resources),
        examples=sum(r.is_example for r in resources),
        stale=sum(r.is_stale(day) for r in resources),
    )


@dataclass(frozen=True)
class FilterChoices:
    regions: tuple[str, ...]
    languages: tuple[str, ...]


def filter_choices(ws: Workspace) -> FilterChoices:
    """The regions and languages present in the directory (for the filter drop-downs)."""
    ws.require(Action.VIEW_REFERRALS)
    conn = ws.vault.conn
    languages: dict[str, str] = {}
    for text in referral_repo.distinct_values(conn, "languages"):
        for language in Resource("", ResourceCategory.OTHER, languages=text).language_list:
            languages.setdefault(language.casefold(), language)
    return FilterChoices(
        regions=tuple(referral_repo.distinct_values(conn, "region")),
        languages=tuple(sorted(languages.values(), key=str.casefold)),
    )


# --------------------------------------------------------------------------- coordinator edits


def check(resource: Resource, today: date | None = None) -> dict[str, Message]:
    """Every field error of ``resource`` (empty when it can be saved): for inline messages."""
    return validate(normalized(resource), _today(today))


def _valid(resource: Resource, today: date | None) -> Resource:
    clean = normalized(resource)
    errors = validate(clean, _today(today))
    if errors:
        raise ValidationError(errors)
    return clean


def add(ws: Workspace, resource: Resource, today: date | None = None) -> int:
    """Validate and add a resource; returns its id.

    Raises:
        ValidationError: one message per bad field.
    """
    ws.require(Action.EDIT_REFERRALS)
    clean = _valid(resource, today)
    conn = ws.vault.conn
    with database.transaction(conn):
        resource_id = referral_repo.insert(conn, clean)
        audit.append(conn, ws.member.user_id, "referral_added", count=1)
    return resource_id


def edit(ws: Workspace, resource_id: int, resource: Resource, today: date | None = None) -> None:
    """Replace a resource's fields (``resource.id`` is ignored)."""
    ws.require(Action.EDIT_REFERRALS)
    clean = _valid(replace(resource, id=resource_id), today)
    conn = ws.vault.conn
    with database.transaction(conn):
        if not referral_repo.update(conn, resource_id, clean):
            raise NotFound(what="resource")
        audit.append(conn, ws.member.user_id, "referral_changed", count=1)


def mark_verified(ws: Workspace, resource_id: int, today: date | None = None) -> None:
    """Record that a coordinator checked the resource's details today."""
    ws.require(Action.EDIT_REFERRALS)
    conn = ws.vault.conn
    with database.transaction(conn):
        if not referral_repo.set_verified(conn, resource_id, _today(today)):
            raise NotFound(what="resource")
        audit.append(conn, ws.member.user_id, "referral_verified", count=1)


def delete(ws: Workspace, resource_id: int) -> None:
    ws.require(Action.EDIT_REFERRALS)
    conn = ws.vault.conn
    with database.transaction(conn):
        if not referral_repo.delete(conn, resource_id):
            raise NotFound(what="resource")
        audit.append(conn, ws.member.user_id, "referral_deleted", count=1)


# --------------------------------------------------------------------------- import and export


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do: the resources to add and every bad row.

    Attributes:
        resources: the resources that would be added (in file order).
        problems: each bad row with its line number and reason (or a problem with the file).
        data_rows: data rows read (blank rows not counted).
        replace_examples: starter examples will be removed in the same transaction.
    """

    resources: tuple[Resource, ...]
    problems: tuple[ImportProblem, ...]
    data_rows: int
    replace_examples: bool = False

    @property
    def ok(self) -> bool:
        """True when applying would add every row (no problem, at least one resource)."""
        return not self.problems and bool(self.resources)

    def summary(self) -> str:
        rows = f"{self.data_rows} row{'s' if self.data_rows != 1 else ''}"
        if self.ok:
            return f"{rows} read: {len(self.resources)} resource(s) to add, no problems."
        return (
            f"{rows} read: {len(self.problems)} problem(s); nothing will be imported until "
            "they are fixed."
        )


def preview_import(
    ws: Workspace, data: bytes, *, replace_examples: bool = False, today: date | None = None
) -> ImportPreview:
    """Read a directory CSV and say what importing it would do; changes nothing.

    Every problem with a row or the header is in ``problems``; only a header far wider than
    the format raises ``CsvTooManyColumns`` (nothing is read then). A row is a
    duplicate when its name and phone match an earlier row or a resource already in the
    directory (starter examples excepted with ``replace_examples``).
    """
    ws.require(Action.EDIT_REFERRALS)
    parsed = referral_csv.parse(data, _today(today))
    existing = _existing_keys(ws, replace_examples)
    problems = list(parsed.problems)
    resources = []
    for row in parsed.rows:
        if row.resource.duplicate_key() in existing:
            problems.append(ImportProblem(row.line, Message("csv.duplicate_in_directory")))
        else:
            resources.append(row.resource)
    problems.sort(key=lambda p: p.line)
    return ImportPreview(tuple(resources), tuple(problems), parsed.data_rows, replace_examples)


def _existing_keys(ws: Workspace, without_examples: bool) -> set[tuple[str, str]]:
    conn = ws.vault.conn
    if not without_examples:
        return referral_repo.duplicate_keys(conn)
    return {r.duplicate_key() for r in referral_repo.all_resources(conn) if not r.is_example}


def apply_import(ws: Workspace, preview: ImportPreview) -> int:
    """Add every resource of a clean preview in one transaction; returns how many.

    Raises:
        ImportRejected: the preview has problems (nothing is imported).
        ImportStale: the directory changed since the preview so that a row is now a duplicate.
    """
    ws.require(Action.EDIT_REFERRALS)
    if not preview.ok:
        raise ImportRejected(count=len(preview.problems))
    conn = ws.vault.conn
    with database.transaction(conn):
        removed = referral_repo.delete_examples(conn) if preview.replace_examples else 0
        existing = referral_repo.duplicate_keys(conn)
        if any(r.duplicate_key() in existing for r in preview.resources):
            raise ImportStale()
        added = referral_repo.insert_many(conn, preview.resources)
        audit.append(conn, ws.member.user_id, "referrals_imported", count=added,
                     examples_removed=removed)
    return added


def export_bytes(ws: Workspace) -> bytes:
    """The directory as CSV (documented header); audited with its row count."""
    return _export(ws)[0]


def export_csv(ws: Workspace, out: Path) -> int:
    """Write the directory to ``out`` (replaced atomically); returns the number of resources."""
    data, count = _export(ws)
    write_atomic(out, data)
    return count


def _export(ws: Workspace) -> tuple[bytes, int]:
    ws.require(Action.EDIT_REFERRALS)
    conn = ws.vault.conn
    resources = referral_repo.all_resources(conn)
    with database.transaction(conn):
        audit.append(conn, ws.member.user_id, "referrals_exported", count=len(resources))
    return referral_csv.write(resources), len(resources)


# --------------------------------------------------------------------------- starter directory


def install_starter_directory(ws: Workspace, today: date | None = None) -> int:
    """Load the starter directory into a new vault; returns how many entries were added.

    Does nothing (returns 0) once it has run in this vault, or when the directory already has
    entries, so it is safe to call at every first run; deleting the starter entries later does
    not bring them back.
    """
    ws.require(Action.EDIT_REFERRALS)
    conn = ws.vault.conn
    if referral_repo.starter_installed(conn):
        return 0
    parsed = referral_csv.parse(resource_path(*STARTER_FILE).read_bytes(), _today(today))
    if parsed.problems:  # the file ships with PeerDesk: a problem in it is a bug
        raise RuntimeError(f"starter directory: {parsed.problems[0]}")
    with database.transaction(conn):
        added = 0
        if referral_repo.count(conn) == 0:
            added = referral_repo.insert_many(conn, (row.resource for row in parsed.rows))
            audit.append(conn, ws.member.user_id, "referral_starter_installed", count=added)
        referral_repo.mark_starter_installed(conn)
    return added
