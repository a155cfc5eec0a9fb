"""The command line's side of the command protocol: send a request to the running app (or,
for export, import and the review PDF with none running, do it here) and print the answer.

Exit codes as in `focusapp.cli`: 0 done (a response's `warning`, e.g. a block stopped but not
saved yet on a full disk, goes to stderr); 1 not running, or refused (its reason is printed).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from focusapp import PROG, lazy_module
from focusapp.core.text import fill
from focusapp.ui.names import activity_name, checklist_item_name, receiver_name, role_name
from focusapp.ui.problems import error_message, problem_message
from focusapp.ui.reasons import unusable_reason

if TYPE_CHECKING:
    from focusapp import commands as cmd
    from focusapp.services.data_files import ImportOutcome
else:  # loaded at its first use: a plain launch never needs it
    cmd = lazy_module("focusapp.commands")

translate = QCoreApplication.translate  # translate("CommandLine", …): pyside6-lupdate finds it

TIMEOUT_MS = 3000

EXIT_OK = 0
EXIT_FAILED = 1


# ---- output ---------------------------------------------------------------------------


def format_remaining(seconds: Any) -> str:
    """1234 -> '20:34'; 5400 -> '1:30:00'."""
    try:
        total = max(0, round(float(seconds)))
    except (TypeError, ValueError):
        return "?"
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def _details(role: str | None, activity: str | None) -> str:
    """' (Field Sales · Meeting preparation from the handoff brief)': names, never ids."""
    parts = ([role_name(role)] if role else []) + ([activity_name(None, activity)] if activity
                                                  else [])
    return fill(translate("CommandLine", " (%1)"), " · ".join(parts)) if parts else ""


def _one_thing_sentence(one_thing: str | None) -> str:
    return (fill(translate("CommandLine", " One Thing: %1"), one_thing) if one_thing
            else translate("CommandLine", " No One Thing set for today."))


def format_status(status: cmd.StatusReport) -> str:
    """The running instance's status as one short line."""
    left = format_remaining(status.remaining_seconds)
    details = _details(status.role, status.activity)
    heads = {
        "running": translate("CommandLine", "Focus block running: %1 left%2."),
        "paused": translate("CommandLine", "Focus block paused: %1 left%2."),
        "break": translate("CommandLine", "On a break: %1 left."),
        "idle": translate("CommandLine", "Idle."),
    }
    head = heads.get(status.state, translate("CommandLine", "State: %3."))
    return fill(head, left, details, status.state) + _one_thing_sentence(status.one_thing)


def format_started(started: cmd.Started) -> str:
    if started.starts_at:
        at = datetime.fromisoformat(started.starts_at).strftime("%H:%M")
        return fill(translate("CommandLine", "A focus block of %1 minutes%2 starts by itself "
                                             "at %3."),
                    str(started.minutes), _details(started.role, started.activity), at)
    return fill(translate("CommandLine", "Focus block started for %1 minutes%2."),
                str(started.minutes), _details(started.role, started.activity))


def format_extended(extended: cmd.Extended) -> str:
    return fill(translate("CommandLine", "Focus block extended by %1 minutes: %2 minutes "
                                         "planned, %3 left."),
                str(extended.minutes), str(extended.planned_minutes),
                str(max(0, extended.remaining_seconds + 59) // 60))


def format_stopped(stopped: cmd.Stopped) -> str:
    outcomes = {
        "completed": translate("CommandLine", "completed"),
        "partial": translate("CommandLine", "stopped early"),
        "abandoned": translate("CommandLine", "abandoned"),
    }
    return fill(translate("CommandLine", "Focus block stopped after %1 minutes (%2)."),
                _number(stopped.minutes), outcomes.get(stopped.outcome, stopped.outcome))


def format_one_thing(one_thing: cmd.OneThingSet) -> str:
    return fill(translate("CommandLine", "Today's One Thing: %1"), one_thing.one_thing)


def format_counted(counted: cmd.Counted) -> str:
    details = _details(counted.role, counted.activity)
    if counted.undone:
        text = (translate("CommandLine", "Took back the last count%1, on the running block: %2 "
                                         "today.") if counted.in_block
                else translate("CommandLine", "Took back the last count%1, between blocks: %2 "
                                              "today."))
    else:
        text = (translate("CommandLine", "Counted%1, on the running block: %2 today.")
                if counted.in_block
                else translate("CommandLine", "Counted%1, between blocks: %2 today."))
    return fill(text, details, QLocale().toString(counted.today))


def format_handoff(handoff: cmd.HandoffRecorded) -> str:
    short, to = handoff.handoff[:8], receiver_name(handoff.to)
    if handoff.status == "accepted":
        return fill(translate("CommandLine", "Handoff %1 to %2: accepted."), short, to)
    if handoff.status != "sent":
        return fill(translate("CommandLine", "Handoff %1 to %2: sent back."), short, to)
    timing = (translate("CommandLine", "on time") if handoff.on_time
              else translate("CommandLine", "late"))
    missing = [item for item in handoff.missing.split(",") if item]
    brief = (fill(translate("CommandLine", "brief missing %1"),
                  ", ".join(checklist_item_name(item) for item in missing)) if missing

             else translate("CommandLine", "brief complete"))
    return fill(translate("CommandLine", "Handoff %1 sent to %2 (%3): %4, %5."), short, to,
                role_name(handoff.role), timing, brief)


def format_next_step(noted: cmd.NextStepNoted) -> str:
    """'Next step of the 14:00 meeting: Send the proposal, by Wed 9 Dec. 1 meeting today
    still has none.'"""
    from datetime import date, datetime

    from PySide6.QtCore import QDate, QLocale

    from focusapp.ui.day_text import short_time

    locale = QLocale()
    start = datetime.fromisoformat(noted.meeting)
    due = date.fromisoformat(noted.due)
    head = fill(translate("CommandLine", "Next step of the %1 meeting: %2, by %3."),
                short_time(start),
                noted.text, locale.toString(QDate(due.year, due.month, due.day),
                                            QLocale.FormatType.ShortFormat))
    if not noted.still_open:
        return head
    return head + " " + translate("CommandLine", "%n meeting(s) today still without one.", "",
                                  noted.still_open)


def format_lead(lead: cmd.LeadRecorded) -> str:
    """'Clock started for Acme (id 1a2b3c4d): touch it within 5 minutes. 3 leads waiting.'"""
    from focusapp.core.leads import lead_clock

    label = lead.name or fill(translate("CommandLine", "The lead %1"), lead.lead[:8])
    if lead.dropped:
        head = fill(translate("CommandLine", "%1 set aside: not a lead, counted nowhere."),
                    label)
    elif lead.waited_seconds is None:
        text = (translate("CommandLine", "Clock started for %1 (id %2): touch it within %n "
                                         "minute(s).", "", lead.target_minutes) if lead.name
                else translate("CommandLine", "Clock started for a new lead (id %2): touch it "
                                              "within %n minute(s).", "", lead.target_minutes))
        head = fill(text, label, lead.lead[:8])
    else:
        text = (translate("CommandLine", "%1 touched after %2, within the %n-minute target.",
                          "", lead.target_minutes) if lead.in_time
                else translate("CommandLine", "%1 touched after %2, past the %n-minute "
                                              "target.", "", lead.target_minutes))
        head = fill(text, label, lead_clock(lead.waited_seconds))
    tail = (translate("CommandLine", "%n lead(s) waiting.", "", lead.waiting) if lead.waiting
            else translate("CommandLine", "No lead waiting."))
    return f"{head} {tail}"


def lead_here(data_dir: Path, request: cmd.NewLead | cmd.TouchLead | cmd.DropLead
              ) -> cmd.LeadRecorded | None:
    """`focusapp lead` with no app running: recorded in the data folder itself (its clock
    shows, and warns once, when the app starts). None when it could not be: said why."""
    from focusapp.headless import record_lead

    return _done_here(lambda: record_lead(data_dir, request),
                      translate("CommandLine", "Could not record the lead: %1"))


def next_step_here(data_dir: Path, request: cmd.NoteNextStep) -> cmd.NextStepNoted | None:
    """`focusapp next-step` with no app running: saved in the data folder itself."""
    from focusapp.headless import note_next_step

    return _done_here(lambda: note_next_step(data_dir, request),
                      translate("CommandLine", "Could not record the next step: %1"))


def _done_here[T](action: Callable[[], T], could_not: str) -> T | None:
    """`action` on the data folder with no app running; None when it could not be done,
    after saying why (`could_not`: its "%1" is the reason)."""
    from focusapp.core.errors import CodedError
    from focusapp.store.errors import ChangeNotSaved, StoreError

    try:
        return action()
    except StoreError as exc:
        why = _store_error_text(exc)
    except CodedError as exc:
        why = error_message(exc)
    except OSError as exc:  # the data folder refused the write
        why = error_message(ChangeNotSaved(exc))
    print(fill(could_not, why), file=sys.stderr)
    return None


def _number(value: float) -> str:
    """'12.5' in English, '12,5' in French; whole numbers without a decimal."""
    from PySide6.QtCore import QLocale

    return str(QLocale().toString(float(value), "g", 6))


def instance_error_text(error: Exception) -> str:
    """Why talking to the running app failed, in the user's language."""
    from focusapp.services.single_instance import CommandRefused, InstanceTimeout

    if isinstance(error, CommandRefused):
        return error_message(error.refusal) if error.refusal else str(error)
    if isinstance(error, InstanceTimeout):
        return fill(translate("CommandLine", "FocusApp did not answer within %1 seconds"),
                    _number(error.seconds))
    return translate("CommandLine", "FocusApp's answer could not be read")


def send(data_dir: Path, request: object, timeout_ms: int) -> Any:
    """`request` to the running app; its typed answer (the protocol's response type)."""
    from focusapp.services.instance_client import send_command

    answer = send_command(data_dir, cmd.name_of(request), cmd.encode(request),
                          timeout_ms=timeout_ms)
    return cmd.decode(cmd.RESPONSES[type(request)], answer)


def data_command(data_dir: Path, request: cmd.Export | cmd.Import) -> int:
    """Export or import through the running app (it holds the data folder), or, with none
    running, here: the same code either way (services/data_files.py)."""
    from focusapp.services.single_instance import InstanceError, NoInstanceRunning

    verb = cmd.name_of(request)
    result: cmd.Exported | cmd.Imported | None
    try:
        result = send(data_dir, request, timeout_ms=120_000)
    except NoInstanceRunning:
        result = _data_command_here(data_dir, request)
        if result is None:
            return EXIT_FAILED
    except InstanceError as exc:
        print(_could_not(verb, instance_error_text(exc)), file=sys.stderr)
        return EXIT_FAILED
    return _print_data_result(result)


def _could_not(verb: str, why: str) -> str:
    """'Could not export: …' / 'Could not import: …'."""
    heads = {"export": translate("CommandLine", "Could not export: %1"),
             "import": translate("CommandLine", "Could not import: %1")}
    return fill(heads[verb], why)


def _data_command_here(data_dir: Path,
                       request: cmd.Export | cmd.Import) -> cmd.Exported | cmd.Imported | None:
    from datetime import datetime

    from focusapp.core.errors import CodedError, ValidationError, errno_name
    from focusapp.services.data_files import (
        dry_run_here,
        export_target,
        export_to,
        import_from,
        refused_import,
    )
    from focusapp.store.database import Store
    from focusapp.store.errors import ChangeNotSaved, StoreError

    def now() -> datetime:
        return datetime.now().astimezone()

    if isinstance(request, cmd.Import):
        refused = refused_import(Path(request.file))  # a bad file never opens the store
        if refused is not None:
            return _imported(refused)
        if request.dry_run:
            try:
                return _imported(dry_run_here(data_dir, Path(request.file), now))
            except StoreError as exc:
                print(fill(translate("CommandLine", "Could not check the import: %1"),
                           _store_error_text(exc)), file=sys.stderr)
                return None
            except OSError as exc:  # the throwaway copy could not be made (a full /tmp)
                print(fill(translate("CommandLine", "Could not check the import: a copy of the "
                                                    "data could not be made: %1."),
                           unusable_reason(errno_name(exc))), file=sys.stderr)
                return None
    else:
        try:  # a refused path never opens the store (no backup copy, no lock file)
            export_target(Path(request.file), data_dir)
        except ValidationError as exc:
            print(_could_not("export", error_message(exc)), file=sys.stderr)
            return None
    try:
        store, report = Store.open(data_dir, now=now)
    except StoreError as exc:
        print(_store_error_text(exc), file=sys.stderr)
        return None
    if report.interrupted_import is not None:  # the app would say it at start: so do we
        print(report.interrupted_import.message, file=sys.stderr)
    try:
        if isinstance(request, cmd.Import):
            return _imported(import_from(store, Path(request.file)))
        from focusapp.ui.ics_text import ics_text

        return cmd.Exported.of(export_to(store, Path(request.file), *request.dates(),
                                         ics=ics_text(store.roles.get())))
    except CodedError as exc:  # refused, or an import undone (store.errors)
        print(_could_not(cmd.name_of(request), error_message(exc)), file=sys.stderr)
        return None
    except OSError as exc:  # the data folder refused a write after it was opened
        print(_could_not(cmd.name_of(request), error_message(ChangeNotSaved(exc))),
              file=sys.stderr)
        return None
    finally:
        store.close()


def _imported(outcome: ImportOutcome) -> cmd.Imported:
    from focusapp.ui.import_text import import_summary

    return cmd.Imported(outcome.ok, import_summary(outcome))


def _print_data_result(result: cmd.Exported | cmd.Imported) -> int:
    if isinstance(result, cmd.Exported):
        print(fill(translate("CommandLine", "Exported %1 blocks to %2 (%3)."),
                   str(result.blocks), result.file, result.format))
        return EXIT_OK
    print(result.summary, file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_FAILED


def write_review(data_dir: Path, request: cmd.WriteReview) -> int:
    """The running app writes the PDF (it holds the data folder); with none running, this
    process opens the folder itself, offscreen, so scripts need no display."""
    from focusapp.core.errors import CodedError
    from focusapp.services.single_instance import InstanceError, NoInstanceRunning

    try:
        written: cmd.ReviewWritten = send(data_dir, request, timeout_ms=60_000)
    except NoInstanceRunning:
        from focusapp.headless import write_review  # Qt and the store, only for this command
        from focusapp.services.output import write_error

        try:
            week = write_review(data_dir, request.week, Path(request.pdf))
        except OSError as exc:  # the store's own are StoreErrors: this one is the PDF's
            print(_review_not_written(error_message(write_error(request.pdf, exc))),
                  file=sys.stderr)
            return EXIT_FAILED
        except CodedError as exc:
            print(_review_not_written(error_message(exc)), file=sys.stderr)
            return EXIT_FAILED
        except Exception as exc:  # the message is for the person at the terminal
            print(_review_not_written(_store_error_text(exc)), file=sys.stderr)
            return EXIT_FAILED
        written = cmd.ReviewWritten(str(week), request.pdf)
    except InstanceError as exc:
        print(_review_not_written(instance_error_text(exc)), file=sys.stderr)
        return EXIT_FAILED
    print(fill(translate("CommandLine", "Review of %1 written to %2."), written.week,
               written.pdf))
    return EXIT_OK


def _review_not_written(why: str) -> str:
    return fill(translate("CommandLine", "Could not write the review: %1"), why)


def _store_error_text(error: Exception) -> str:
    """A store error in the user's language when it is coded; its own sentence else."""
    from focusapp.core.errors import CodedError

    return error_message(error) if isinstance(error, CodedError) else str(error)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a command reads large exports: their millions of
    parsed values and records hold no cycle, yet each collection would walk every one of them
    still held (a quarter of the team report's time, ten reps of five years)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def team_report(data_dir: Path, folder: Path, week: str | None, csv_path: Path | None,
                pdf: Path | None) -> int:
    """No app is needed: the report is made from the exports in `folder`."""
    from focusapp.core.errors import CodedError
    from focusapp.headless import team_report as make_report

    try:
        with collector_paused():
            return make_report(folder, week, data_dir, csv_path=csv_path, pdf=pdf)
    except CodedError as exc:  # a target refused, or a write that failed (which file, why)
        print(fill(translate("CommandLine", "Could not write the team report: %1"),
                   error_message(exc)), file=sys.stderr)
    return EXIT_FAILED


# ---- the account manager's and business developer's verbs (issue 12) -------------------


def format_book(answer: object) -> str:
    """The answer to `touch`, `accounts` or `follow-up`, as a sentence or a short list."""
    if isinstance(answer, cmd.Touched):
        text = (translate("CommandLine", "Touched %1 (new on your account list). %2")
                if answer.new_account else translate("CommandLine", "Touched %1. %2"))
        return fill(text, answer.account, translate(
            "CommandLine", "%n account(s) touched this week.", "", answer.this_week))
    if isinstance(answer, cmd.AccountAdded):
        return fill(translate("CommandLine", "%1 is on your account list."), answer.name)
    if isinstance(answer, cmd.AccountsImported):
        return fill(translate("CommandLine", "Imported %n new account(s); %1 already on your "
                                             "list.", "", answer.added), str(answer.known))
    if isinstance(answer, cmd.ColdList):
        return _cold_text(answer)
    assert isinstance(answer, cmd.FollowUpSaved)
    if answer.done:
        return fill(translate("CommandLine", "Follow-up with %1: done."), answer.name)
    due = datetime.fromisoformat(answer.due)
    return fill(translate("CommandLine", "Follow up %1 by %2 (id %3)."), answer.name,
                due.astimezone().strftime("%Y-%m-%d %H:%M"), answer.follow_up[:8])


def _cold_text(answer: cmd.ColdList) -> str:
    lines = [fill(translate("CommandLine", "Accounts going cold (no touch for %n week(s)):",
                            "", answer.weeks))]
    for name, weeks, last in answer.accounts:
        since = (fill(translate("CommandLine", "last touched %1"), last) if last
                 else translate("CommandLine", "never touched"))
        lines.append(fill(translate("CommandLine", "  %1 — %n week(s) without a touch, %2", "",
                                    weeks), name, since))
    if not answer.accounts:
        lines.append(translate("CommandLine", "  none"))
    lines.append(translate("CommandLine", "%n account(s) touched this week.", "",
                           answer.this_week))
    return "\n".join(lines)


def book_talk(data_dir: Path, request: object) -> int:
    """To the running app; with none running, here, on the data folder (the same code
    answers: `flows.book_commands`), so a CRM macro works whether the app runs or not."""
    return talk(data_dir, request, format_book, here=_book_here)


def _book_here(data_dir: Path, request: Any) -> Any:
    from focusapp.headless import answer_book  # the store, only with no app running

    return _done_here(lambda: answer_book(data_dir, request),
                      translate("CommandLine", "FocusApp refused: %1"))


def _not_running(data_dir: Path) -> str:
    return fill(translate("CommandLine", "FocusApp is not running (data folder: %1)."),
                str(data_dir))


def talk(data_dir: Path, request: Any, render: Callable[[Any], str],
          not_running_to: Any = None,
          here: Callable[[Path, Any], Any] | None = None) -> int:
    """`request` to the running app, its answer printed; with none running, `here` does it
    in the data folder (None when it could not: it said why), else the user is told to
    start the app."""
    from focusapp.services.single_instance import (
        CommandRefused,
        InstanceError,
        NoInstanceRunning,
    )

    try:
        result = send(data_dir, request, timeout_ms=TIMEOUT_MS)
    except NoInstanceRunning:
        if here is not None:
            result = here(data_dir, request)
            if result is None:
                return EXIT_FAILED
            print(render(result))
            return EXIT_OK
        print(_not_running(data_dir), file=not_running_to or sys.stderr)
        if not isinstance(request, cmd.Status):
            print(fill(translate("CommandLine", "Start it first with '%1'."), PROG),
                  file=not_running_to or sys.stderr)
        return EXIT_FAILED
    except CommandRefused as exc:
        print(fill(translate("CommandLine", "FocusApp refused: %1"), instance_error_text(exc)),
              file=sys.stderr)
        return EXIT_FAILED
    except (InstanceError, cmd.ProtocolError) as exc:
        print(fill(translate("CommandLine", "%1 (data folder: %2)."),
                   instance_error_text(exc), str(data_dir)), file=sys.stderr)
        return EXIT_FAILED
    print(render(result))
    if getattr(result, "warning", ""):  # done, with something the user must know
        print(result.warning, file=sys.stderr)
    return EXIT_OK


# ---- the calendars and today's agenda ------------------------------------------------------


def _with_app_or_here(data_dir: Path, request: object, here: Callable[[], Any]) -> Any:
    """The running app's answer, or, with none running, `here()`'s; None after saying why
    it failed."""
    from focusapp.core.errors import CodedError
    from focusapp.services.single_instance import CommandRefused, InstanceError, NoInstanceRunning
    from focusapp.store.errors import StoreError

    try:
        return send(data_dir, request, timeout_ms=TIMEOUT_MS)
    except NoInstanceRunning:
        try:
            return here()
        except (CodedError, StoreError) as exc:
            print(_store_error_text(exc), file=sys.stderr)
    except CommandRefused as exc:
        print(fill(translate("CommandLine", "FocusApp refused: %1"), instance_error_text(exc)),
              file=sys.stderr)
    except (InstanceError, cmd.ProtocolError) as exc:
        print(fill(translate("CommandLine", "%1 (data folder: %2)."),
                   instance_error_text(exc), str(data_dir)), file=sys.stderr)
    return None


def agenda(data_dir: Path) -> int:
    """`focusapp today`: the running app's day, or, with none running, the data folder's
    (its meetings from the calendars' copies read last)."""
    from focusapp import headless

    report = _with_app_or_here(data_dir, cmd.ShowAgenda(), lambda: headless.agenda(data_dir))
    if report is None:
        return EXIT_FAILED
    print("\n".join(format_agenda(report)))
    return EXIT_OK


def format_agenda(report: cmd.AgendaReport) -> list[str]:
    from datetime import date

    from PySide6.QtCore import QDate, QLocale

    from focusapp.ui.meetings import meeting_line

    day = date.fromisoformat(report.day)
    lines = [QLocale().toString(QDate(day.year, day.month, day.day),
                                QLocale.FormatType.LongFormat)]
    if report.one_thing:
        statuses = {"done": translate("CommandLine", "done"),
                    "partly": translate("CommandLine", "partly done"),
                    "not_done": translate("CommandLine", "not done")}
        status = statuses.get(report.one_thing_status or "")
        lines.append(fill(translate("CommandLine", "One Thing: %1 (%2)"), report.one_thing,
                          status) if status
                     else fill(translate("CommandLine", "One Thing: %1"), report.one_thing))
    else:
        lines.append(translate("CommandLine", "No One Thing set for today."))
    lines.append(translate("CommandLine", "Meetings:") if report.meetings
                 else translate("CommandLine", "No meetings."))
    lines += ["  " + meeting_line(_instant(m["start"]), _instant(m["end"]), str(m["title"]),
                                  bool(m["busy"]), bool(m["all_day"])) for m in report.meetings]
    lines.append(translate("CommandLine", "Finished blocks:") if report.blocks
                 else translate("CommandLine", "No finished block yet."))
    lines += ["  " + _block_line(b) for b in report.blocks]
    if report.planned:
        lines.append(translate("CommandLine", "Planned and proposed:"))
        lines += ["  " + _planned_line(p) for p in report.planned]
    return lines


def _planned_line(planned: dict[str, Any]) -> str:
    """'9:45–10:00 · prepare Acme (accepted)', as Today's plan words it."""
    from focusapp.core.planner import Kind, Proposal
    from focusapp.ui.timeline import proposal_text, span_text

    proposal = Proposal("", Kind(planned["kind"]), _instant(planned["start"]),
                        _instant(planned["end"]), str(planned["role"]), planned["activity"],
                        str(planned["meeting"]))
    text = fill(translate("CommandLine", "%1 · %2"), span_text(proposal.start, proposal.end),
                proposal_text(proposal))
    return fill(translate("CommandLine", "%1 (accepted)"), text) if planned["accepted"] \
        else fill(translate("CommandLine", "%1 (proposed)"), text)


def _instant(text: Any) -> datetime:
    return datetime.fromisoformat(str(text))


def _block_line(block: dict[str, Any]) -> str:
    from focusapp.ui.day_text import short_time

    end = block.get("end")
    span = fill(translate("CommandLine", "%1–%2"), short_time(_instant(block["start"])),
                short_time(_instant(end))) if end else short_time(_instant(block["start"]))
    line = fill(translate("CommandLine", "%1 · %2 min%3"), span, _number(block["minutes"]),
                _details(block.get("role"), block.get("activity")))
    if block.get("outcome") == "partial":
        line = fill(translate("CommandLine", "%1, stopped early"), line)
    return line


def calendar(data_dir: Path, action: str, target: str | None, me: list[str],
             name: str | None) -> int:
    """`focusapp calendar add|list|refresh|remove`: through the running app, or here."""
    from focusapp import headless

    request: object
    read = None
    if action == "add":
        assert target is not None  # cli.py checked
        added = _read_new_calendar(target, me, name)
        if added is None:
            return EXIT_FAILED
        request, read = added
    elif action == "remove":
        assert target is not None
        request = cmd.RemoveCalendar(target)
    elif action == "refresh":
        request = cmd.RefreshCalendars()
    else:
        request = cmd.ListCalendars()
    listing = _with_app_or_here(data_dir, request,
                                lambda: headless.calendars(data_dir, request, read))
    if listing is None:
        return EXIT_FAILED
    print("\n".join(format_calendars(listing, action)))
    return EXIT_OK


def _read_new_calendar(location: str, me: list[str],
                       name: str | None) -> tuple[cmd.AddCalendar, Any] | None:
    """A calendar read once here before it is added: a bad address or file is said now and
    nothing is added. Its copy, and what had to be left out of it, are kept."""
    from focusapp.core.calendar import calendar_name
    from focusapp.services.calendar import read_source
    from focusapp.store.calendars import CalendarSource

    source = CalendarSource("", name or calendar_name(location), location, tuple(me))
    read = read_source(source, datetime.now().astimezone().date())
    if read.problem is not None:
        print(fill(translate("CommandLine", "Could not add the calendar: %1"),
                   problem_message(read.problem)), file=sys.stderr)
        return None
    if read.partly is not None:
        print(problem_message(read.partly), file=sys.stderr)
    return cmd.AddCalendar(source.name, location, list(me)), read


def format_calendars(listing: cmd.CalendarList, action: str) -> list[str]:
    from focusapp.store.calendars import source_from_record

    heads = {"add": translate("CommandLine", "Calendar added: %1."),
             "remove": translate("CommandLine", "Calendar removed: %1.")}
    lines = [fill(heads[action], listing.changed)] if action in heads else []
    if action == "refresh" and listing.refreshing:
        lines.append(fill(translate("CommandLine", "FocusApp is reading your calendars in the "
                                                   "background: '%1 calendar list' shows when "
                                                   "it is done."), PROG))
    if not listing.calendars:
        lines.append(fill(translate("CommandLine", "No calendar: add one with '%1 calendar add "
                                                   "FILE|ADDRESS'."), PROG))
    for number, record in enumerate(listing.calendars, start=1):
        source = source_from_record(record)
        lines.append(f"{number}. {source.name} — {source.location}")
        lines.append("   " + (fill(translate("CommandLine", "last read: %1"),
                                   _when(source.refreshed)) if source.refreshed
                              else translate("CommandLine", "never read yet")))
        if source.me:
            lines.append("   " + fill(translate("CommandLine", "your addresses: %1"),
                                      ", ".join(source.me)))
        if source.problem:
            lines.append("   " + problem_message(source.problem))
    lines.append(fill(translate("CommandLine", "Calendars are read at start and every %1 "
                                               "minutes while FocusApp runs."),
                      str(listing.refresh_minutes)))
    return lines


def _when(moment: datetime) -> str:
    from focusapp.ui.day_text import short_date_time

    return short_date_time(moment)
