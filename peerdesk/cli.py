"""The command line (ARCHITECTURE section 7): the same services the app uses, and no Qt at import.

Known errors print one line (``peerdesk: <message>``) and exit with the error's code; anything
else is a bug, logged with its traceback to the log folder while the terminal gets one line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import __version__
from peerdesk.domain.errors import (
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    NotATrainingVault,
    PeerDeskError,
    VaultExists,
)
from peerdesk.services import paths, referrals
from peerdesk.services.bug_log import format_bug, open_log
from peerdesk.services.recovery_sheet import write_recovery_sheet
from peerdesk.services.selftest import run_selftest
from peerdesk.services.unlock_guard import FileUnlockGuard
from peerdesk.services.workspace import Workspace, inspect
from peerdesk.storage.atomic import write_atomic
from peerdesk.storage.vault import require_kind

if TYPE_CHECKING:  # the command line loads the domain lazily
    from peerdesk.domain.quarters import Quarter

EXIT_INTERRUPTED = 130
LOG_NAME = "peerdesk-cli.log"


class StatsUsage(PeerDeskError):
    code = "stats_usage"
    exit_code = EXIT_USAGE
    template = "{detail}."


class NoPassphrase(PeerDeskError):
    code = "no_passphrase"
    template = "No passphrase was given (standard input was empty)."


class PassphraseNotText(PeerDeskError):
    code = "passphrase_not_text"
    template = "The passphrase given is not valid UTF-8 text; nothing was done."


# --------------------------------------------------------------------------- input and output


def read_passphrase(prompt: str, *, confirm: bool = False) -> tuple[str, str]:
    """The passphrase (and its repetition): typed at the terminal, or stdin's first line.

    On a pipe there is no second chance to type it, so the repetition is the same line.
    """
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        first = _as_text(getpass.getpass(prompt))
        return first, _as_text(getpass.getpass("Type it again: ")) if confirm else first
    # Bytes, decoded here: the text layer would quote a bad byte in its error, or smuggle it
    # in as a lone surrogate (the C locale) that fails later, in a message naming it.
    buffer = getattr(stdin, "buffer", None)
    raw = buffer.readline() if buffer is not None else stdin.readline() if stdin else ""
    if not raw:
        raise NoPassphrase()
    line = _as_text(raw)
    passphrase = line.removesuffix("\n").removesuffix("\r")
    return passphrase, passphrase


def _as_text(raw: str | bytes) -> str:
    """``raw`` as text that encodes back to UTF-8, or :class:`PassphraseNotText` (no detail)."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        text.encode("utf-8")
    except UnicodeError:
        raise PassphraseNotText() from None
    return text


def _err(message: str) -> None:
    print(f"peerdesk: {message}", file=sys.stderr)


def _vault_dir(args: argparse.Namespace) -> Path:
    if args.vault is not None:
        return Path(args.vault).expanduser()
    return paths.default_training_dir() if args.training else paths.default_vault_dir()


def _kind(training: bool) -> str:
    return "training" if training else "real"


def _unlock(args: argparse.Namespace) -> Workspace:
    """Sign in, under the same throttle as the app (5 failures, then 30 s between tries)."""
    folder = _vault_dir(args)
    require_kind(folder, args.training)
    info = inspect(folder)
    guard = FileUnlockGuard(folder, info.member_names) if info.exists else None
    if guard is not None:
        guard.check()  # before asking for the passphrase: a refused try is no try
    passphrase, _ = read_passphrase(f"Passphrase for {args.user}: ")
    workspace = Workspace.unlock(folder, args.user, passphrase, guard)
    for notice in sign_in_notices(workspace):
        print(f"peerdesk: note: {notice}", file=sys.stderr)
    return workspace


def sign_in_notices(workspace: Workspace) -> list[str]:
    """What the app shows a member at sign-in, in the command line's English."""
    notices: list[str] = []
    if workspace.failed_attempts:
        n = workspace.failed_attempts
        notices.append(f"there {'was' if n == 1 else 'were'} {n} failed sign-in "
                       f"attempt{'' if n == 1 else 's'} on your account since your last "
                       "sign-in.")
    told = workspace.reset_notice
    if told is not None:
        for reset in told.resets:
            when = reset.at.astimezone().strftime("%Y-%m-%d %H:%M")
            who = f"by {reset.by}" if reset.by is not None else "with the recovery key"
            notices.append(f"your passphrase was reset {who} on {when}.")
        n = told.temporary_sign_ins
        if n or any(reset.by is not None for reset in told.resets):
            notices.append(f"before this sign-in, a temporary passphrase was used to sign in "
                           f"as you {n} time{'' if n == 1 else 's'}.")
        if told.temporary_now:
            notices.append("until you choose your own passphrase, whoever knows the temporary "
                           "one can sign in as you.")
    return notices


# --------------------------------------------------------------------------- commands


def cmd_app(args: argparse.Namespace) -> int:
    from peerdesk.ui.shell.app import run_app  # noqa: PLC0415 - Qt loads only when the app starts

    folder = _vault_dir(args)
    require_kind(folder, args.training)  # never a training vault as a real one, or back
    return int(run_app(folder, args.training))


def cmd_selftest(args: argparse.Namespace) -> int:
    results = run_selftest()
    for step, ok, seconds, message in results:
        print(f"{'ok' if ok else 'FAIL':<5} {step:<20} {seconds:6.2f} s  {message}")
    total = sum(r.seconds for r in results)
    if all(r.ok for r in results):
        print(f"Self-test passed: {len(results)} steps in {total:.1f} s.")
        return EXIT_OK
    _err("the self-test failed; see the lines marked FAIL above.")
    return EXIT_ERROR


def cmd_init(args: argparse.Namespace) -> int:
    folder = _vault_dir(args)
    if inspect(folder).exists:
        raise VaultExists(path=str(folder))
    passphrase, repeat = read_passphrase(f"New passphrase for {args.user}: ", confirm=True)
    workspace, recovery_key = Workspace.create(
        folder, args.user, passphrase, repeat, training=args.training
    )
    try:
        referrals.install_starter_directory(workspace)
    finally:
        workspace.lock()
    print(f"Created a {_kind(args.training)} vault in {folder} with {args.user} as coordinator.")
    print()
    print("RECOVERY KEY (shown only this once):")
    print()
    print(f"    {recovery_key}")
    print()
    print("Write it down or print it now and keep it locked away where only coordinators can")
    print("reach it. It is the only way back in if a coordinator forgets their passphrase, and")
    print("anyone who holds it can open the vault.")
    if args.recovery_pdf is not None:
        out = Path(args.recovery_pdf).expanduser()
        write_recovery_sheet(out, recovery_key, training=args.training)
        print(f"Printable recovery sheet written to {out}; print it, then delete the file.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    workspace = _unlock(args)
    try:
        report = workspace.check()
    finally:
        workspace.lock()
    chain = "ok" if report.audit_ok else f"BROKEN ({report.audit_problem})"
    print(f"Vault:          {workspace.folder} ({_kind(workspace.training)})")
    print(f"Schema version: {report.schema_version}")
    print(f"Pages:          {'ok' if report.pages_ok else 'DAMAGED'}")
    print(f"Members:        {report.members}")
    print(f"Audit entries:  {report.audit_entries}")
    print(f"Audit chain:    {chain}")
    for tidied in report.tidied:
        print(f"Cleaned:        {tidied.message}")
    if report.ok:
        return EXIT_OK
    _err("the vault is damaged. Restore it from a backup.")
    return EXIT_DAMAGED


def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        workspace.backup(out)
    finally:
        workspace.lock()
    print(f"Backup written to {out}. It is encrypted like the vault; keep it somewhere safe.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    backup = Path(args.source).expanduser()
    folder = _vault_dir(args)
    require_kind(folder, args.training)
    passphrase, _ = read_passphrase(f"Passphrase for {args.user} (as it was in the backup): ")
    Workspace.restore(backup, folder, args.user, passphrase, training=args.training).lock()
    print(f"Restored {backup} into {folder}. The previous files are kept in a")
    print("before-restore-<time> folder inside it; delete that folder once all is well.")
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    """Synthetic contacts, into a training vault only (the default folder is the training one)."""
    # numpy loads only for this command, so starting the app stays fast.
    from peerdesk.services.demo_data import make_demo_contacts  # noqa: PLC0415

    args.training = True
    folder = _vault_dir(args)
    info = inspect(folder)
    if info.exists and not info.training:
        raise NotATrainingVault()
    workspace = _unlock(args)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} of {total:,} contacts", end="", file=sys.stderr, flush=True)

    try:
        made = make_demo_contacts(workspace, args.contacts, seed=args.seed,
                                  start=args.date_from, end=args.date_to, progress=progress)
        if args.incidents:
            from peerdesk.services.demo_incidents import make_demo_incidents  # noqa: PLC0415

            make_demo_incidents(workspace, args.incidents, seed=args.seed,
                                start=args.date_from, end=args.date_to)
    finally:
        workspace.lock()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"Made {made:,} demo contacts (seed {args.seed}) in {seconds:.1f} s.")
    if args.incidents:
        print(f"Made {args.incidents:,} demo incidents with their outreach.")
    return EXIT_OK


def cmd_referrals_import(args: argparse.Namespace) -> int:
    """Preview a directory CSV, list each bad row, and import only a file without any."""
    source = Path(args.file).expanduser()
    data = source.read_bytes()
    workspace = _unlock(args)
    try:
        preview = referrals.preview_import(
            workspace, data, replace_examples=args.replace_examples
        )
        print(f"{source}: {preview.summary()}")
        for problem in preview.problems:
            print(problem)
        if args.dry_run:
            return EXIT_OK if preview.ok else EXIT_ERROR
        added = referrals.apply_import(workspace, preview)
    finally:
        workspace.lock()
    replaced = " (the starter examples were removed)" if args.replace_examples else ""
    print(f"Imported {added:,} resource(s) into the directory{replaced}.")
    return EXIT_OK


def cmd_referrals_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        count = referrals.export_csv(workspace, out)
    finally:
        workspace.lock()
    print(f"Wrote {count:,} resource(s) to {out}. It holds the referral directory only.")
    return EXIT_OK


def _check_files(names: Sequence[str], check: Callable[[str], str], what: str) -> int:
    """Check each file with ``check`` (its one-line summary, or an error with ``problems``,
    each printed with its file and line); the status is an error if any file failed."""
    status = EXIT_OK
    for name in names:
        try:
            summary = check(name)
        except PeerDeskError as exc:
            problems = getattr(exc, "problems", None)
            if problems is None:
                raise
            for problem in problems:
                print(problem, file=sys.stderr)
            _err(f"{name} is not a usable {what} ({len(problems)} problem(s)).")
            status = EXIT_ERROR
            continue
        print(f"{name}: ok, {summary}.")
    return status


def cmd_drills_validate(args: argparse.Namespace) -> int:
    """Check scenario packs; every problem is printed with its file and line."""
    from peerdesk.services.drills import check_pack_file  # noqa: PLC0415

    def check(name: str) -> str:
        pack = check_pack_file(Path(name).expanduser(), name)
        return (f"pack '{pack.id}' version {pack.version} ({pack.language}), "
                f"{len(pack.scenarios)} scenario(s)")

    return _check_files(args.files, check, "scenario pack")


def cmd_stats_export(args: argparse.Namespace) -> int:
    """The anonymized statistics of one quarter (the first export freezes it), or of a year."""
    from peerdesk.domain.quarters import Quarter  # noqa: PLC0415
    from peerdesk.services.stats import release  # noqa: PLC0415 - numpy, scipy, reportlab

    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        if args.year is not None:
            summary, data = release.export_annual(workspace, args.year, args.format,
                                                  program=args.program)
            write_atomic(out, data)
            print(f"Annual summary {args.year} (from released quarters "
                  f"{', '.join(summary.quarters)}) written to {out}: "
                  f"{len(summary.layout.variables)} figures, {len(summary.suppressed)} hidden.")
            return EXIT_OK
        try:
            quarter = Quarter.parse(args.quarter)
        except ValueError:
            raise StatsUsage(detail=f"not a quarter like 2026-Q3: {args.quarter}") from None
        result = release.write_export(
            workspace, quarter, args.format, out, rounding=args.round, program=args.program
        )
    finally:
        workspace.lock()
    hidden = len(result.release.suppressed)
    state = "released and frozen now" if result.first_export else "already released; same file"
    print(f"Statistics {quarter} ({state}) written to {out}: "
          f"{len(result.release.layout.variables)} figures, {hidden} hidden.")
    return EXIT_OK


def cmd_stats_report(args: argparse.Namespace) -> int:
    """The program report of a quarter or a reporting year, from released quarters only."""
    from peerdesk.services.stats import program_report  # noqa: PLC0415 - reportlab

    quarter = None if args.quarter is None else _quarter(args.quarter)
    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        period = program_report.period_of(workspace, quarter=quarter, year=args.year)
        program_report.write_program_report(workspace, period, out, language=args.language)
    finally:
        workspace.lock()
    quarters = ", ".join(str(q) for q in period.quarters)
    print(f"Program report {period.code} (from released {quarters}) written to {out}.")
    return EXIT_OK


def cmd_stats_trend(args: argparse.Namespace) -> int:
    """The trend's published figures of every released quarter as a tidy CSV."""
    from peerdesk.services.stats import program_report  # noqa: PLC0415

    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        figures = program_report.write_trend_csv(workspace, out)
    finally:
        workspace.lock()
    print(f"Trend written to {out}: {figures} published figures.")
    return EXIT_OK


def _quarter(text: str) -> Quarter:
    from peerdesk.domain.quarters import Quarter  # noqa: PLC0415

    try:
        return Quarter.parse(text)
    except ValueError:
        raise StatsUsage(detail=f"not a quarter like 2026-Q3: {text}") from None


def cmd_region_init(args: argparse.Namespace) -> int:
    """Make the vault a regional vault and write its public key file for the stations."""
    from peerdesk.services import region  # noqa: PLC0415

    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        info, made = region.init_region(workspace)
    finally:
        workspace.lock()
    write_atomic(out, info.key_file.encode("utf-8"))
    state = "made now" if made else "this vault's existing key"
    print(f"Region {info.region_id} ({state}); public key written to {out}.\n"
          f"Fingerprint words (read them to each station over the phone): {info.fingerprint}")
    return EXIT_OK


def cmd_stats_bundle(args: argparse.Namespace) -> int:
    """A released quarter's sealed, signed bundle for a region."""
    from peerdesk.services import region  # noqa: PLC0415

    quarter = _quarter(args.quarter)
    key_file = Path(args.to).expanduser().read_bytes()
    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        written = region.write_bundle(workspace, quarter, key_file, out, args.fingerprint)
        _, words = region.station_identity(workspace)
    finally:
        workspace.lock()
    print(f"Bundle of {quarter} for region {written.region_id} written to {out} "
          f"({written.size:,} bytes).\nThis station is {written.station_id}; its fingerprint "
          f"words (the regional coordinator compares them): {words}")
    return EXIT_OK


def _confirmed(pairs: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        station, sep, words = pair.partition("=")
        if not sep:
            raise StatsUsage(detail=f"--confirm takes STATION=WORDS, not {pair!r}")
        out[station.strip()] = words
    return out


def cmd_region_import(args: argparse.Namespace) -> int:
    """Import the bundles of a folder; each file gets its line, imported or why not."""
    from peerdesk.services import region  # noqa: PLC0415

    folder = Path(args.folder).expanduser()
    confirmed = _confirmed(args.confirm)
    workspace = _unlock(args)
    try:
        outcomes = region.import_folder(workspace, folder, confirmed)
    finally:
        workspace.lock()
    for outcome in outcomes:
        print(f"{outcome.file}: {outcome.message}")
    imported = sum(o.imported for o in outcomes)
    print(f"{imported} of {len(outcomes)} bundle(s) imported.")
    return EXIT_OK if imported == len(outcomes) else EXIT_ERROR


def cmd_region_export(args: argparse.Namespace) -> int:
    """The regional report of a quarter (releasing first what is pending)."""
    from peerdesk.services import region  # noqa: PLC0415

    quarter = _quarter(args.quarter)
    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        releases = region.write_export(workspace, quarter, args.format, out,
                                       language=args.language)
    finally:
        workspace.lock()
    stations = sum(len(r.stations) for r in releases)
    print(f"Regional statistics {quarter} written to {out}: {len(releases)} release(s), "
          f"{stations} station(s).")
    return EXIT_OK


def cmd_survey_list(args: argparse.Namespace) -> int:
    """The cohorts, their waves and how many answered each (no answers, no figures)."""
    from peerdesk.services import surveys  # noqa: PLC0415

    workspace = _unlock(args)
    try:
        found = surveys.cohorts(workspace)
    finally:
        workspace.lock()
    for c in found:
        waves = ", ".join(f"{w.kind.value} {w.state.value} ({w.responses})" for w in c.waves)
        state = "released" if c.released else (waves or "no wave opened yet")
        print(f"{c.id}\t{c.title}\tminimum {c.minimum}\t{state}")
    if not found:
        print("No survey cohort yet.")
    return EXIT_OK


def cmd_survey_export(args: argparse.Namespace) -> int:
    """A cohort's released results as CSV or PDF (the first look releases and freezes them)."""
    from peerdesk.services import survey_report  # noqa: PLC0415 - scipy, reportlab

    out = Path(args.out).expanduser()
    workspace = _unlock(args)
    try:
        result = survey_report.write_export(workspace, args.cohort, args.format, out,
                                            language=args.language)
    finally:
        workspace.lock()
    waves = ", ".join(f"{w.value} {n}" for w, n in result.results.responses)
    print(f"Survey results of cohort {args.cohort} ({waves}; {result.results.linked} linked) "
          f"written to {out}.")
    return EXIT_OK


def cmd_survey_validate(args: argparse.Namespace) -> int:
    """Check survey instrument files; every problem is printed with its file and line."""
    from peerdesk.services.surveys import instrument_file  # noqa: PLC0415

    def check(name: str) -> str:
        found = instrument_file(Path(name).expanduser(), name)
        return (f"instrument '{found.id}' version {found.version}, {len(found.items)} "
                f"item(s), {len(found.scores)} score(s)")

    return _check_files(args.files, check, "survey instrument")


def cmd_survey_demo(args: argparse.Namespace) -> int:
    """A full demo cohort in a training vault (refused on a real vault)."""
    from peerdesk.services.demo_data import make_demo_survey_cohort  # noqa: PLC0415

    workspace = _unlock(args)
    try:
        cohort_id = make_demo_survey_cohort(workspace, seed=args.seed)
    finally:
        workspace.lock()
    print(f"Made demo survey cohort {cohort_id} (seed {args.seed}), every wave closed.")
    return EXIT_OK


def _add_survey_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    user: argparse.ArgumentParser,
) -> None:
    survey = commands.add_parser("survey", help="anonymous pre/post survey cohorts")
    actions = survey.add_subparsers(title="survey commands", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common, user], help="list the cohorts and their waves"
                       ).set_defaults(handler=cmd_survey_list)
    export = actions.add_parser(
        "export", parents=[common, user],
        help="write a cohort's results once every wave has closed (the first look freezes them)")
    export.add_argument("--cohort", type=int, required=True, metavar="ID")
    export.add_argument("--format", choices=("csv", "pdf"), required=True)
    export.add_argument("--out", metavar="FILE", required=True)
    export.add_argument("--language", choices=("en", "fr_CA"), default="en",
                        help="the PDF's language")
    export.set_defaults(handler=cmd_survey_export)
    validate = actions.add_parser(
        "validate", help="check survey instrument files (TOML); problems are listed by line")
    validate.add_argument("files", nargs="+", metavar="FILE.toml")
    validate.set_defaults(handler=cmd_survey_validate)
    demo = actions.add_parser("demo", parents=[common, user],
                              help="add a full demo cohort to a training vault")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=cmd_survey_demo)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-03-31: {text!r}") from None


# --------------------------------------------------------------------------- parser and main


def _add_stats_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    user: argparse.ArgumentParser,
) -> None:
    stats = commands.add_parser("stats", help="anonymized quarterly statistics")
    stats_actions = stats.add_subparsers(title="stats commands", metavar="ACTION", required=True)
    stats_export = stats_actions.add_parser(
        "export", parents=[common, user],
        help="write a quarter's statistics (the first export freezes the quarter)",
    )
    period = stats_export.add_mutually_exclusive_group(required=True)
    period.add_argument("--quarter", metavar="YYYY-Qn", help="the quarter, e.g. 2026-Q3")
    period.add_argument("--year", type=int, metavar="YYYY",
                        help="the annual summary: sums of the year's released quarters")
    stats_export.add_argument("--format", choices=("csv", "pdf"), required=True)
    stats_export.add_argument("--out", metavar="FILE", required=True)
    stats_export.add_argument("--round", action="store_true",
                              help="round figures to multiples of 5 (first export only)")
    stats_export.add_argument("--program", default=None,
                              help="program name on the PDF cover (first PDF only; default: "
                                   "the name set in the program's policy)")
    stats_export.set_defaults(handler=cmd_stats_export)
    stats_report = stats_actions.add_parser(
        "report", parents=[common, user],
        help="write the program report (PDF) of a quarter or a reporting year from released "
             "quarters")
    period = stats_report.add_mutually_exclusive_group(required=True)
    period.add_argument("--quarter", metavar="YYYY-Qn", help="the quarter, e.g. 2026-Q3")
    period.add_argument("--year", type=int, metavar="YYYY",
                        help="the reporting year starting in YYYY (its month is the policy's)")
    stats_report.add_argument("--out", metavar="FILE", required=True)
    stats_report.add_argument("--language", choices=("en", "fr_CA"), default="en")
    stats_report.set_defaults(handler=cmd_stats_report)
    stats_trend = stats_actions.add_parser(
        "trend", parents=[common, user],
        help="write the trend's published figures of every released quarter as CSV")
    stats_trend.add_argument("--out", metavar="FILE", required=True)
    stats_trend.set_defaults(handler=cmd_stats_trend)
    stats_bundle = stats_actions.add_parser(
        "bundle", parents=[common, user],
        help="write a released quarter's sealed bundle for a regional program")
    stats_bundle.add_argument("--quarter", metavar="YYYY-Qn", required=True)
    stats_bundle.add_argument("--to", metavar="REGION-KEY", required=True,
                              help="the region's public key file")
    stats_bundle.add_argument("--out", metavar="FILE", required=True)
    stats_bundle.add_argument("--fingerprint", metavar="WORDS", default=None,
                              help="the region key's fingerprint words as the regional "
                                   "coordinator read them (needed the first time)")
    stats_bundle.set_defaults(handler=cmd_stats_bundle)


def _add_region_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    user: argparse.ArgumentParser,
) -> None:
    region = commands.add_parser("region", help="regional programs: one report from many "
                                 "stations, by files")
    actions = region.add_subparsers(title="region commands", metavar="ACTION", required=True)
    init = actions.add_parser("init", parents=[common, user],
                              help="make this vault a regional vault; write its public key")
    init.add_argument("--out", metavar="FILE", default="region.peerdesk-region-key")
    init.set_defaults(handler=cmd_region_init)
    imp = actions.add_parser("import", parents=[common, user],
                             help="import the station bundles of a folder")
    imp.add_argument("folder", metavar="FOLDER")
    imp.add_argument("--confirm", action="append", default=[], metavar="STATION=WORDS",
                     help="a new station's fingerprint words, compared with that station")
    imp.set_defaults(handler=cmd_region_import)
    export = actions.add_parser("export", parents=[common, user],
                                help="write a quarter's regional statistics (releases what is "
                                     "pending first)")
    export.add_argument("--quarter", metavar="YYYY-Qn", required=True)
    export.add_argument("--format", choices=("csv", "pdf"), required=True)
    export.add_argument("--out", metavar="FILE", required=True)
    export.add_argument("--language", choices=("en", "fr_CA"), default="en")
    export.set_defaults(handler=cmd_region_export)


def build_parser() -> argparse.ArgumentParser:
    # Options repeated on subcommands default to SUPPRESS so they never erase the top-level value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS,
                        help="the vault folder (default: this user's PeerDesk vault)")
    common.add_argument("--training", action="store_true", default=argparse.SUPPRESS,
                        help="use a training vault (practice data)")
    user = argparse.ArgumentParser(add_help=False)
    user.add_argument("--user", metavar="NAME", required=True, help="the member's sign-in name")

    parser = argparse.ArgumentParser(
        prog="peerdesk", description="Offline, encrypted contact log for peer support teams. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument("--vault", metavar="DIR", help="the vault folder")
    parser.add_argument("--training", action="store_true", help="use a training vault")
    parser.set_defaults(handler=cmd_app)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.add_parser(
        "selftest", help="check this installation with a temporary vault"
    ).set_defaults(handler=cmd_selftest)

    vault = commands.add_parser("vault", help="create, check, back up or restore a vault")
    actions = vault.add_subparsers(title="vault commands", metavar="ACTION", required=True)
    init = actions.add_parser("init", parents=[common, user], help="create a vault")
    init.add_argument("--recovery-pdf", metavar="FILE", help="also write the printable sheet")
    init.set_defaults(handler=cmd_init)
    actions.add_parser(
        "check", parents=[common, user], help="check pages and the audit chain"
    ).set_defaults(handler=cmd_check)
    backup = actions.add_parser("backup", parents=[common, user], help="write an encrypted backup")
    backup.add_argument("--out", metavar="FILE", required=True)
    backup.set_defaults(handler=cmd_backup)
    restore = actions.add_parser(
        "restore", parents=[common, user], help="replace the vault with a backup"
    )
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    restore.set_defaults(handler=cmd_restore)

    demo = commands.add_parser(
        "demo-data", parents=[common, user],
        help="fill a training vault with synthetic contacts (refused on a real vault)",
    )
    demo.add_argument("--contacts", type=int, required=True, metavar="N")
    demo.add_argument("--incidents", type=int, default=0, metavar="N",
                      help="also N critical incidents with outreach and group interventions, "
                      "linking some of the contacts to them")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD",
                      help="first day (default: a year before --to)")
    demo.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD",
                      help="last day (default: today)")
    demo.set_defaults(handler=cmd_demo_data)

    directory = commands.add_parser("referrals", help="import or export the referral directory")
    ref_actions = directory.add_subparsers(title="referrals commands", metavar="ACTION",
                                           required=True)
    ref_import = ref_actions.add_parser(
        "import", parents=[common, user],
        help="add the resources of a CSV file (all rows or none; see the README for the header)",
    )
    ref_import.add_argument("file", metavar="FILE.csv")
    ref_import.add_argument("--dry-run", action="store_true",
                            help="only show what would be imported")
    ref_import.add_argument("--replace-examples", action="store_true",
                            help="remove the starter examples in the same step")
    ref_import.set_defaults(handler=cmd_referrals_import)
    ref_export = ref_actions.add_parser(
        "export", parents=[common, user], help="write the directory to a CSV file"
    )
    ref_export.add_argument("--out", metavar="FILE.csv", required=True)
    ref_export.set_defaults(handler=cmd_referrals_export)
    drills_cmd = commands.add_parser("drills", help="classroom drill scenario packs")
    drill_actions = drills_cmd.add_subparsers(title="drills commands", metavar="ACTION",
                                              required=True)
    drill_validate = drill_actions.add_parser(
        "validate", help="check scenario pack files (TOML); problems are listed by line"
    )
    drill_validate.add_argument("files", nargs="+", metavar="FILE.toml")
    drill_validate.set_defaults(handler=cmd_drills_validate)
    _add_stats_parser(commands, common, user)
    _add_survey_parser(commands, common, user)
    _add_region_parser(commands, common, user)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (argparse's usage errors give 2)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    return _run(args.handler, args)


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command, turning every failure into one line on stderr and an exit status."""
    try:
        return handler(args)
    except PeerDeskError as exc:
        _err(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted; nothing more was done.")
        return EXIT_INTERRUPTED
    except EOFError:
        _err("no passphrase was given.")
        return EXIT_ERROR
    except OSError as exc:  # the user's environment (permissions, a missing folder), not a bug
        where = f": {exc.filename}" if exc.filename else ""
        _err(f"{exc.strerror or exc}{where}")
        return EXIT_ERROR
    except Exception as exc:
        _err(f"something went wrong (a bug). Details are in {_log_bug(handler.__name__, exc)}")
        return EXIT_ERROR


def _log_bug(command: str, error: BaseException) -> Path | str:
    """Append the traceback to the log file; names the command, never its arguments or input."""
    try:
        log = paths.log_dir() / LOG_NAME
        with open_log(log) as handle:  # 0600 in a 0700 folder
            handle.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')} "
                         f"PeerDesk {__version__} {command}\n{format_bug(error)}\n")
    except OSError:
        return "(the log file could not be written)"
    return log
