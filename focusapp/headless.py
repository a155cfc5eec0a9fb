"""Commands that need the data but no running app: they open the folder in this process
(the store's lock makes sure no app holds it) and render offscreen, so scripts need no
display."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from focusapp import commands as cmd
from focusapp.core.days import IsoWeek
from focusapp.core.text import fill

translate = QCoreApplication.translate  # translate("CommandLine", …): pyside6-lupdate finds it

if TYPE_CHECKING:
    from focusapp.commands import DropLead, LeadRecorded, NewLead, TouchLead
    from focusapp.core.team import Relay, RepReport, TeamRow
    from focusapp.store.import_check import Problem as ImportProblem


def write_review(data_dir: Path, week_text: str | None, pdf: Path) -> IsoWeek:
    """`focusapp review --pdf FILE` with no app running."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from focusapp.services.accounts import book_of
    from focusapp.services.clock import SystemClock
    from focusapp.services.daily import DailyLoop
    from focusapp.services.output import check_output
    from focusapp.store.database import Store
    from focusapp.ui.i18n import install_translator, pick_language
    from focusapp.ui.report import export_week
    from focusapp.ui.review_model import ReviewProvider

    target = check_output(pdf, data_dir)  # refused before the folder is opened: no writes
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "focusapp"])
    clock = SystemClock()
    store, report = Store.open(data_dir, now=clock.now)
    if report.interrupted_import is not None:  # the app would say it at start: so do we
        print(report.interrupted_import.message, file=sys.stderr)
    try:
        install_translator(app, pick_language(store.settings.get().language))
        daily = DailyLoop(clock, store)
        week = IsoWeek.parse(week_text) if week_text else IsoWeek.of(daily.today())
        export_week(ReviewProvider.from_daily(daily, store.reviews,
                                              store.leads.arrived_between,
                                              book=lambda: book_of(store),
                                              next_steps=lambda: tuple(store.next_steps.all())),
                    week,
                    pdf=target, locale=QLocale())
        return week
    finally:
        store.close()


def record_lead(data_dir: Path, request: NewLead | TouchLead | DropLead) -> LeadRecorded:
    """`focusapp lead` with no app running: a new lead, a waiting one's first touch, or one
    set aside, saved in the data folder (no block runs without the app: a touch interrupts nothing).
    StoreError when the folder cannot be opened; CodedError when refused."""
    from focusapp import commands as cmd
    from focusapp.flows.server import lead_recorded
    from focusapp.services.clock import SystemClock
    from focusapp.services.leads import LeadBook
    from focusapp.store.database import Store

    clock = SystemClock()
    store, report = Store.open(data_dir, now=clock.now)
    if report.interrupted_import is not None:  # the app would say it at start: so do we
        print(report.interrupted_import.message, file=sys.stderr)
    try:
        book = LeadBook(store)
        if isinstance(request, cmd.TouchLead):
            lead = book.touch(request.lead, clock.now())
        elif isinstance(request, cmd.DropLead):
            lead = book.drop(request.lead, clock.now())
        else:
            lead = book.new(request.name, clock.now(), store.roles.get())
        return lead_recorded(lead, len(book.waiting()))
    finally:
        store.close()


def note_next_step(data_dir: Path, request: cmd.NoteNextStep) -> cmd.NextStepNoted:
    """`focusapp next-step` with no app running: the day's last open meeting gets it, in
    the data folder itself. StoreError when the folder cannot be opened; CodedError when
    refused."""
    from focusapp.flows.next_steps import answer_next_step
    from focusapp.services.clock import SystemClock
    from focusapp.services.daily import DailyLoop
    from focusapp.store.database import Store

    clock = SystemClock()
    store, report = Store.open(data_dir, now=clock.now)
    if report.interrupted_import is not None:  # the app would say it at start: so do we
        print(report.interrupted_import.message, file=sys.stderr)
    try:
        return answer_next_step(store, DailyLoop(clock, store), clock.now(), request)
    finally:
        store.close()


def team_report(folder: Path, week_text: str | None, data_dir: Path, *,
                csv_path: Path | None = None, pdf: Path | None = None,
                today: date | None = None, workers: int | None = None) -> int:
    """`focusapp team-report DIR [--csv FILE] [--pdf FILE]`: the reps' exports found under
    `folder` (their team drive, as it is). The CSV has a row per rep and role, and the
    handoffs between roles go to its sibling `<name>-handoffs.csv`; the PDF has both, in
    the system's language. A file that is not a FocusApp export is named and skipped (and
    listed in the PDF); several exports of one rep are one rep. Exit 0, or 1 if no export
    could be read (then nothing is written). `workers`: how many processes read the files
    (`_read_reports`); None: one per core."""
    from focusapp.core.team import relays_csv, relays_of, shared_names, team_csv
    from focusapp.services.output import check_output
    from focusapp.ui.import_text import problem_text

    # Every target refused before anything is read or written.
    csv_target = check_output(csv_path, data_dir) if csv_path else None
    relays_target = check_output(relays_path(csv_target), data_dir) if csv_target else None
    pdf_target = check_output(pdf, data_dir) if pdf else None
    today = today or datetime.now().astimezone().date()  # the manager's today
    week = IsoWeek.parse(week_text) if week_text else IsoWeek.of(today)
    paths = sorted(folder.rglob("*.json"))
    read = _read_reports(paths, week, today, workers)
    skipped = []
    for path, problem in zip(paths, read.problems, strict=True):  # in file order
        if problem is not None:
            print(fill(translate("CommandLine", "%1: skipped: %2"), str(path),
                       problem_text(problem)), file=sys.stderr)
            skipped.append((str(path.relative_to(folder)), problem))
    if not read.exports:
        print(fill(translate("CommandLine", "No FocusApp export could be read in %1."),
                   str(folder)), file=sys.stderr)
        return 1
    reps = read.reports
    shared = shared_names(reps)
    for rep in reps:
        if rep.name.casefold() in shared:  # two people, or one who set FocusApp up again
            print(fill(translate("CommandLine", "%1: another rep is also named '%2' (another "
                                                "profile id): each is shown with its files."),
                       ", ".join(rep.files), rep.name), file=sys.stderr)
    per_rep = [(rep, rep.rows, rep.name.casefold() in shared) for rep in reps]
    rows = [row for rep in reps for row in rep.rows]
    relays = relays_of(handoff for rep in reps for handoff in rep.handoffs)
    written = []
    if csv_target and relays_target:
        _write(csv_target, team_csv(rows, week).encode("utf-8"))
        _write(relays_target, relays_csv(relays, week).encode("utf-8"))
        written += [csv_target, relays_target]
    if pdf_target:
        _write_team_pdf(pdf_target, week, per_rep, relays, read.exports, skipped)
        written.append(pdf_target)
    print(fill(translate("CommandLine", "Team report of %1: %2 rep(s) from %3 export(s), %4 "
                                        "role(s), written to %5."),
               str(week), str(len(reps)), str(read.exports), str(len(rows)),
               translate("CommandLine", " and ").join(map(str, written))))
    return 0


@dataclass(frozen=True)
class _Read:
    """What the files of a team drive (or some of them) gave."""

    reports: tuple[RepReport, ...]  # in the report's order (`rep_order`)
    problems: tuple[ImportProblem | None, ...]  # per file, in order: why it was skipped
    exports: int  # how many files were read
    keys: frozenset[str]  # the reps they are of (`rep_key`)


def _read_reports(paths: Sequence[Path], week: IsoWeek, today: date,
                  workers: int | None) -> _Read:
    """Every file checked as an import checks it, merged by rep, each rep's week worked out.

    Five years of ten reps is seconds of CPU, nearly all of it per file: on a machine with
    several cores the reps are shared out among that many processes, each reading, checking
    and merging one rep's files at a time and sending back only its `RepReport` (a whole
    checked export would cost more to send back than to read). The files are shared out by
    the profile id a glance at each file's start finds (`_profile_seen`); a worker says
    which reps its files really were of, and if a glance was wrong (a file not written by
    FocusApp) everything is read again here, so the result is always what `_read_here`
    gives. Processes are forked (Linux) and only from a process with no other thread.
    """
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor
    from itertools import repeat

    from focusapp.core.team import rep_order

    if workers is None:  # the cores this process may run on (Linux), else all there are
        workers = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                   else os.cpu_count() or 1)
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(_profile_seen(path), []).append(path)
    if (workers < 2 or len(groups) < 2 or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return _read_here(paths, week, today)
    import focusapp.store.export  # noqa: F401 (imported once here, not once per worker)

    # An executor, not a multiprocessing.Pool: a worker killed (out of memory) stops the
    # command with BrokenProcessPool where a Pool would wait for it forever.
    with ProcessPoolExecutor(min(workers, len(groups)),
                             mp_context=multiprocessing.get_context("fork")) as pool:
        parts = list(pool.map(_read_here, groups.values(), repeat(week), repeat(today)))
    if any(part.keys - {key} for key, part in zip(groups, parts, strict=True)):
        return _read_here(paths, week, today)
    problems = dict(zip((p for group in groups.values() for p in group),
                        (p for part in parts for p in part.problems), strict=True))
    # In the order `merge_reps` gives: by name, then (namesakes with one profile id, files
    # without one) by the first file read of each.
    position = {path: index for index, path in enumerate(paths)}
    ranked = [((rep_order(report), min(position[p] for p in group if problems[p] is None)),
               report) for group, part in zip(groups.values(), parts, strict=True)
              for report in part.reports]
    return _Read(tuple(report for _, report in sorted(ranked, key=lambda r: r[0])),
                 tuple(problems[path] for path in paths), sum(p.exports for p in parts),
                 frozenset().union(*(part.keys for part in parts)))


def _read_here(paths: Sequence[Path], week: IsoWeek, today: date) -> _Read:
    """The files read in this process, one after the other."""
    from focusapp.core.team import merge_reps, rep_key, rep_report
    from focusapp.store.export import read_team_export
    from focusapp.store.import_check import ImportErrors

    exports = []
    problems: list[ImportProblem | None] = []
    for path in paths:
        checked = read_team_export(path)
        if isinstance(checked, ImportErrors):
            problems.append(checked.problems[0])
        else:
            exports.append(checked)
            problems.append(None)
    reports = tuple(rep_report(rep, week, today) for rep in merge_reps(exports))
    return _Read(reports, tuple(problems), len(exports), frozenset(map(rep_key, exports)))


# What FocusApp writes near a file's start (`export_all`): "who": {"name": …, "profile": …}
_WHO = re.compile(rb'"who"\s*:\s*\{\s*"name"\s*:\s*"(?:[^"\\]|\\.)*"\s*,'
                  rb'\s*"profile"\s*:\s*("(?:[^"\\]|\\.)*")')
_GLANCE_BYTES = 64 * 1024


def _profile_seen(path: Path) -> str:
    """The rep a file seems to be of (`rep_key`) from a glance at its start, to share the
    files out among processes; a file not read or not seen through stands alone."""
    try:
        with path.open("rb") as handle:
            found = _WHO.search(handle.read(_GLANCE_BYTES))
        profile = json.loads(found[1]) if found else ""
    except (OSError, ValueError):
        profile = ""
    return profile or f"file:{path.name}"


def relays_path(csv_path: Path) -> Path:
    """Where the CSV of handoffs between roles goes: beside the team CSV, named after it."""
    return csv_path.with_name(f"{csv_path.stem}-handoffs{csv_path.suffix or '.csv'}")


def _write(target: Path, data: bytes) -> None:
    from focusapp.services.output import write_error
    from focusapp.store.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(target, data)
    except OSError as exc:  # the checked folder refused it anyway: say which file, and why
        raise write_error(target, exc) from exc


def _write_team_pdf(target: Path, week: IsoWeek,
                    per_rep: Sequence[tuple[RepReport, tuple[TeamRow, ...], bool]],
                    relays: tuple[Relay, ...], exports: int,
                    skipped: Sequence[tuple[str, ImportProblem]]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from focusapp.ui.i18n import install_translator, pick_language
    from focusapp.ui.team_report import RepWeek, TeamReport, team_pdf

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "focusapp"])
    install_translator(app, pick_language(""))  # the system's language
    report = TeamReport(week, tuple(RepWeek(rep.name, rows, rep.files if shared else ())
                                    for rep, rows, shared in per_rep),
                        relays, exports, tuple(skipped))
    # Words in the report's language (install_translator made it the default locale), on
    # the paper of the system's country: A4, or Letter in the US and Canada.
    _write(target, team_pdf(report, QLocale()))


def answer_book(data_dir: Path, request: object) -> object:
    """`focusapp touch`, `accounts` and `follow-up` with no app running: the data folder
    opened here, the request answered by the running app's own code
    (`flows.book_commands`), the folder closed. CodedError for a refusal, StoreError when
    the folder cannot be opened."""
    from focusapp.flows.book_commands import answer_book as answer
    from focusapp.services.accounts import AccountBook
    from focusapp.services.clock import SystemClock
    from focusapp.services.daily import DailyLoop
    from focusapp.store.database import Store

    clock = SystemClock()
    store, report = Store.open(data_dir, now=clock.now)
    if report.interrupted_import is not None:  # the app would say it at start: so do we
        print(report.interrupted_import.message, file=sys.stderr)
    try:
        daily = DailyLoop(clock, store)
        return answer(AccountBook(clock, store, daily), request)
    finally:
        store.close()


# ---- the calendars and today's agenda, with no app running --------------------------------
# The store is opened for its lock (no app may hold the folder meanwhile); the calendars'
# own files are `store.calendars`'.


def agenda(data_dir: Path) -> cmd.AgendaReport:
    """`focusapp today` with no app running: the meetings from the copies read last."""
    from focusapp.core.calendar import meetings_of_day
    from focusapp.flows.calendar import agenda_report
    from focusapp.flows.planning import day_plan
    from focusapp.services.calendar import day_calendars, read_cached
    from focusapp.services.clock import SystemClock
    from focusapp.services.daily import DailyLoop
    from focusapp.store.calendars import CalendarBook
    from focusapp.store.database import Store
    from focusapp.store.plans import PlanDecisions

    clock = SystemClock()
    store, _ = Store.open(data_dir, now=clock.now)
    try:
        daily = DailyLoop(clock, store)
        book = CalendarBook(data_dir)
        now = clock.now()
        assert now.tzinfo is not None
        calendars = read_cached(book, daily.today())
        meetings = meetings_of_day(day_calendars(book, calendars), daily.today(),
                                   daily.settings().day_rules.day_start, now.tzinfo)
        return agenda_report(daily, meetings,
                             day_plan(daily, PlanDecisions(store.runtime), meetings, now))
    finally:
        store.close()


def calendars(data_dir: Path, request: object, read: object = None) -> cmd.CalendarList:
    """`focusapp calendar …` with no app running. `read`: what the command line read of a
    calendar it adds (a `services.calendar.SourceRead`), kept as its first copy."""
    from focusapp.flows.calendar import calendar_list
    from focusapp.services.calendar import SourceRead, read_source, record
    from focusapp.services.clock import SystemClock
    from focusapp.store.calendars import CalendarBook
    from focusapp.store.database import Store

    clock = SystemClock()
    store, _ = Store.open(data_dir, now=clock.now)
    try:
        book = CalendarBook(data_dir)
        changed = ""
        if isinstance(request, cmd.AddCalendar) and isinstance(read, SourceRead):
            source = book.add(request.name, request.location, tuple(request.me))
            record(book, SourceRead(source, read.data, read.read), clock.now())
            changed = source.name
        elif isinstance(request, cmd.RemoveCalendar):
            changed = book.remove(request.key).name
        elif isinstance(request, cmd.RefreshCalendars):
            for source in book.sources():  # blocking: nobody waits on this process but its user
                record(book, read_source(source, clock.now().date()), clock.now())
        return calendar_list(book.sources(), book.refresh_minutes(), False, changed)
    finally:
        store.close()
