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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from focusapp import lazy_module
from focusapp.core.text import fill
from focusapp.ui.names import activity_name, checklist_item_name, receiver_name, role_name
from focusapp.ui.problems import error_message
from focusapp.ui.reasons import unusable_reason

if TYPE_CHECKING:
    from focusapp import commands as cmd
else:  # loaded at its first use: a plain launch never needs it
    cmd = lazy_module("focusapp.commands")

translate = QCoreApplication.translate  # translate("CommandLine", …): pyside6-lupdate finds it

APP_NAME = "FocusApp"
PROG = "focusapp"
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
    return fill(translate("CommandLine", "Focus block started for %1 minutes%2."),
                str(started.minutes), _details(started.role, started.activity))


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
    return fill(text, details, str(counted.today))


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
            return cmd.Imported.of(refused)
        if request.dry_run:
            try:
                return cmd.Imported.of(dry_run_here(data_dir, Path(request.file), now))
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
            return cmd.Imported.of(import_from(store, Path(request.file)))
        return cmd.Exported.of(export_to(store, Path(request.file), *request.dates()))
    except CodedError as exc:  # refused, or an import undone (store.errors)
        print(_could_not(cmd.name_of(request), error_message(exc)), file=sys.stderr)
        return None
    except OSError as exc:  # the data folder refused a write after it was opened
        print(_could_not(cmd.name_of(request), error_message(ChangeNotSaved(exc))),
              file=sys.stderr)
        return None
    finally:
        store.close()


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


def _not_running(data_dir: Path) -> str:
    return fill(translate("CommandLine", "FocusApp is not running (data folder: %1)."),
                str(data_dir))


def talk(data_dir: Path, request: Any, render: Callable[[Any], str],
          not_running_to: Any = None) -> int:
    from focusapp.services.single_instance import (
        CommandRefused,
        InstanceError,
        NoInstanceRunning,
    )

    try:
        result = send(data_dir, request, timeout_ms=TIMEOUT_MS)
    except NoInstanceRunning:
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
