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
from typing import Any

from focusapp import commands as cmd

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
    parts = [part for part in (role, activity) if part]
    return f" ({', '.join(parts)})" if parts else ""


def _one_thing_sentence(one_thing: str | None) -> str:
    return f" One Thing: {one_thing}" if one_thing else " No One Thing set for today."


def format_status(status: cmd.StatusReport) -> str:
    """The running instance's status as one short line."""
    left = format_remaining(status.remaining_seconds)
    details = _details(status.role, status.activity)
    heads = {
        "running": f"Focus block running: {left} left{details}.",
        "paused": f"Focus block paused: {left} left{details}.",
        "break": f"On a break: {left} left.",
        "idle": "Idle.",
    }
    return heads.get(status.state, f"State: {status.state}.") + _one_thing_sentence(
        status.one_thing)


def format_started(started: cmd.Started) -> str:
    return (f"Focus block started for {started.minutes} minutes"
            f"{_details(started.role, started.activity)}.")


def format_stopped(stopped: cmd.Stopped) -> str:
    return f"Focus block stopped after {stopped.minutes:g} minutes ({stopped.outcome})."


def format_one_thing(one_thing: cmd.OneThingSet) -> str:
    return f"Today's One Thing: {one_thing.one_thing}"


def format_counted(counted: cmd.Counted) -> str:
    where = "on the running block" if counted.in_block else "between blocks"
    head = "Took back the last count" if counted.undone else "Counted"
    return (f"{head}{_details(counted.role, counted.activity)}, {where}: "
            f"{counted.today} today.")


def format_handoff(handoff: cmd.HandoffRecorded) -> str:
    short = handoff.handoff[:8]
    if handoff.status != "sent":
        answer = "accepted" if handoff.status == "accepted" else "sent back"
        return f"Handoff {short} to {handoff.to}: {answer}."
    timing = "on time" if handoff.on_time else "late"
    brief = (f"brief missing {handoff.missing.replace(',', ', ')}" if handoff.missing
             else "brief complete")
    return f"Handoff {short} sent to {handoff.to} ({handoff.role}): {timing}, {brief}."


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
        print(f"{APP_NAME} could not {verb}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _print_data_result(result)


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
    from focusapp.store.errors import UNUSABLE_REASONS, ChangeNotSaved, StoreError

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
                print(f"Could not check the import: {exc}", file=sys.stderr)
                return None
            except OSError as exc:  # the throwaway copy could not be made (a full /tmp)
                reason = UNUSABLE_REASONS.get(errno_name(exc), "the system refused it")
                print(f"Could not check the import: a copy of the data could not be made: "
                      f"{reason}.", file=sys.stderr)
                return None
    else:
        try:  # a refused path never opens the store (no backup copy, no lock file)
            export_target(Path(request.file), data_dir)
        except ValidationError as exc:
            print(f"Could not export: {exc}", file=sys.stderr)
            return None
    try:
        store, report = Store.open(data_dir, now=now)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return None
    if report.interrupted_import is not None:  # the app would say it at start: so do we
        print(report.interrupted_import.message, file=sys.stderr)
    try:
        if isinstance(request, cmd.Import):
            return cmd.Imported.of(import_from(store, Path(request.file)))
        return cmd.Exported.of(export_to(store, Path(request.file), *request.dates()))
    except CodedError as exc:  # refused, or an import undone (store.errors)
        print(f"Could not {cmd.name_of(request)}: {exc}", file=sys.stderr)
        return None
    except OSError as exc:  # the data folder refused a write after it was opened
        print(f"Could not {cmd.name_of(request)}: {ChangeNotSaved(exc)}", file=sys.stderr)
        return None
    finally:
        store.close()


def _print_data_result(result: cmd.Exported | cmd.Imported) -> int:
    if isinstance(result, cmd.Exported):
        print(f"Exported {result.blocks} blocks to {result.file} ({result.format}).")
        return EXIT_OK
    print(result.summary, file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_FAILED


def write_review(data_dir: Path, request: cmd.WriteReview) -> int:
    """The running app writes the PDF (it holds the data folder); with none running, this
    process opens the folder itself, offscreen, so scripts need no display."""
    from focusapp.services.single_instance import InstanceError, NoInstanceRunning

    try:
        written: cmd.ReviewWritten = send(data_dir, request, timeout_ms=60_000)
    except NoInstanceRunning:
        from focusapp.headless import write_review  # Qt and the store, only for this command
        from focusapp.services.output import write_error

        try:
            week = write_review(data_dir, request.week, Path(request.pdf))
        except OSError as exc:  # the store's own are StoreErrors: this one is the PDF's
            print(f"Could not write the review: {write_error(request.pdf, exc)}",
                  file=sys.stderr)
            return EXIT_FAILED
        except Exception as exc:  # the message is for the person at the terminal
            print(f"Could not write the review: {exc}", file=sys.stderr)
            return EXIT_FAILED
        written = cmd.ReviewWritten(str(week), request.pdf)
    except InstanceError as exc:
        print(f"{APP_NAME} could not write the review: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Review of {written.week} written to {written.pdf}.")
    return EXIT_OK


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


def team_report(data_dir: Path, folder: Path, week: str | None, csv_path: Path) -> int:
    """No app is needed: the report is made from the exports in `folder`."""
    from focusapp.core.errors import CodedError
    from focusapp.headless import team_report as make_report
    from focusapp.services.output import write_error

    try:
        with collector_paused():
            return make_report(folder, week, csv_path, data_dir)
    except CodedError as exc:
        print(f"Could not write the team report: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"Could not write the team report: {write_error(csv_path, exc)}",
              file=sys.stderr)
    return EXIT_FAILED


def _not_running(data_dir: Path) -> str:
    return f"{APP_NAME} is not running (data folder: {data_dir})."


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
            print(f"Start it first with '{PROG}'.", file=not_running_to or sys.stderr)
        return EXIT_FAILED
    except CommandRefused as exc:
        print(f"{APP_NAME} refused: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (InstanceError, cmd.ProtocolError) as exc:
        print(f"{str(exc).rstrip('.')} (data folder: {data_dir}).", file=sys.stderr)
        return EXIT_FAILED
    print(render(result))
    if getattr(result, "warning", ""):  # done, with something the user must know
        print(result.warning, file=sys.stderr)
    return EXIT_OK
