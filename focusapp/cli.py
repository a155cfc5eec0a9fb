"""`focusapp` on the command line (SPEC §13).

No subcommand starts the tray app, or raises the one already running on that data folder.
`start`, `stop`, `status` and `one-thing` talk to the running instance over the local socket
of `services.single_instance`; `review`, `export` and `import` come with later issues.

Exit codes: 0 done; 1 FocusApp is not running, or it refused the command (its reason is
printed); 2 the arguments are wrong (a plain sentence says why).

Kept light on purpose: argparse, the pure core and, only when it has to talk, the Qt Core /
Qt Network socket client. No widgets and no store are imported here, so `focusapp status`
answers quickly; the GUI is imported only when it is launched.
"""

from __future__ import annotations

import argparse
import functools
import os
import shlex
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from focusapp import __version__
from focusapp.core.days import IsoWeek
from focusapp.core.errors import ValidationError
from focusapp.core.models import validate_minutes, validate_one_thing, validate_text
from focusapp.core.roles import RoleId

PROG = "focusapp"
DATA_DIR_ENV = "FOCUSAPP_DATA_DIR"
APP_NAME = "FocusApp"
ACTIVITY_MAX_CHARS = 80
TIMEOUT_MS = 3000

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

LaunchApp = Callable[[Path, list[str]], int]


class UsageError(Exception):
    """Wrong arguments; the message is a plain sentence."""


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors turned into one plain line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(_plain_argparse_message(message))


def _plain_argparse_message(message: str) -> str:
    text = message[0].upper() + message[1:] if message else message
    if "invalid choice" in message:
        # "argument command: invalid choice: 'x' (choose from ...)"
        choice = message.split("invalid choice:", 1)[1].split("(", 1)[0].strip()
        return f"{choice} is not a focusapp command. Run 'focusapp --help' to see them."
    return text if text.endswith(".") else text + "."


# ---- the parser -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    # `--data-dir` is accepted before or after the subcommand; after wins.
    data_dir_option = _Parser(add_help=False)
    data_dir_option.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"the data folder to use (default: ${DATA_DIR_ENV}, else the user data folder)",
    )

    parser = _Parser(
        prog=PROG,
        description="FocusApp: focus blocks and the One Thing, from the tray. "
        "Without a command, starts the app (or brings the running one to the front).",
        parents=[data_dir_option],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # Hidden, for tests: the hosts helper's command line instead of the installed one.
    parser.add_argument("--hosts-helper", metavar="CMD", type=_command_line,
                        help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(
            name, help=help_text, description=help_text, parents=[data_dir_option]
        )
        return sub

    start = add("start", "start a focus block in the running app")
    start.add_argument("minutes", nargs="?", metavar="MINUTES", help="5 to 180 (default: preset)")
    start.add_argument("--role", metavar="R", help="one of: " + ", ".join(r.value for r in RoleId))
    start.add_argument("--activity", metavar="A", help="the activity (default: the One Thing's)")

    add("stop", "stop the running focus block (kept as a partial block)")
    add("status", "say what the running app is doing")

    one_thing = add("one-thing", "set today's One Thing")
    one_thing.add_argument("text", metavar="TEXT")

    review = add("review", "the weekly streak review")
    review.add_argument("--week", metavar="YYYY-Www", help="e.g. 2026-W48 (default: this week)")
    review.add_argument("--pdf", metavar="FILE", help="write the review as a PDF")

    export = add("export", "export: FILE.json everything (re-importable), FILE.csv blocks, "
                           "FILE.ics focus blocks for a calendar")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--week", metavar="YYYY-Www", help="CSV/ICS: only this week")
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="CSV/ICS: first day")
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="CSV/ICS: last day")

    import_ = add("import", "import a JSON export (checked first; nothing written if bad)")
    import_.add_argument("file", metavar="FILE")
    return parser


# ---- argument checks (plain sentences, exit 2) ----------------------------------------


def _command_line(text: str) -> list[str]:
    words = shlex.split(text)
    if not words:
        raise argparse.ArgumentTypeError("the command is empty")
    return words


def _check(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except ValidationError as exc:
        raise UsageError(exc.message) from None


def parse_minutes(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        raise UsageError(f"'{text}' is not a whole number of minutes.") from None
    return int(_check(lambda: validate_minutes(value)))


def parse_role(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return RoleId(text.strip().lower()).value
    except ValueError:
        valid = ", ".join(r.value for r in RoleId)
        raise UsageError(f"'{text}' is not a role. Valid roles: {valid}.") from None


def parse_activity(text: str | None) -> str | None:
    if text is None:
        return None
    return str(
        _check(lambda: validate_text(text, ACTIVITY_MAX_CHARS, required=True, code="activity"))
    )


def data_dir_from(option: str | None, environ: Mapping[str, str]) -> Path:
    """--data-dir, else $FOCUSAPP_DATA_DIR, else the platform's user data folder."""
    chosen = option or environ.get(DATA_DIR_ENV) or None
    if chosen is None:
        from platformdirs import user_data_dir

        chosen = user_data_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


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


def _details(result: dict[str, Any]) -> str:
    parts = [str(result[key]) for key in ("role", "activity") if result.get(key)]
    return f" ({', '.join(parts)})" if parts else ""


def _one_thing_sentence(result: dict[str, Any]) -> str:
    one_thing = result.get("one_thing")
    return f" One Thing: {one_thing}" if one_thing else " No One Thing set for today."


def format_status(result: dict[str, Any]) -> str:
    """The running instance's status as one short line."""
    state = str(result.get("state") or "idle")
    left = format_remaining(result.get("remaining_seconds"))
    if state == "running":
        head = f"Focus block running: {left} left{_details(result)}."
    elif state == "paused":
        head = f"Focus block paused: {left} left{_details(result)}."
    elif state == "break":
        head = f"On a break: {left} left."
    elif state == "idle":
        head = "Idle."
    else:
        head = f"State: {state}."
    return head + _one_thing_sentence(result)


def format_started(result: dict[str, Any], minutes: int | None) -> str:
    if result.get("state"):
        return "Started. " + format_status(result)
    planned = result.get("minutes", minutes)
    length = f" for {planned} minutes" if planned else ""
    return f"Focus block started{length}{_details(result)}."


def format_stopped(result: dict[str, Any]) -> str:
    if result.get("state") and result.get("state") != "idle":
        return format_status(result)
    minutes = result.get("minutes")
    outcome = result.get("outcome")
    if isinstance(minutes, int | float) and outcome:
        return f"Focus block stopped after {minutes:g} minutes ({outcome})."
    return "Focus block stopped."


def format_one_thing(result: dict[str, Any], text: str) -> str:
    return f"Today's One Thing: {result.get('one_thing') or text}"


# ---- running ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, launch_app: LaunchApp | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring).

    `launch_app(data_dir, qt_argv) -> exit code` starts the GUI; by default
    `focusapp.app.run`, imported only then.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        try:
            args = build_parser().parse_args(args_list)
        except SystemExit as exc:  # --help / --version
            return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
        data_dir = data_dir_from(getattr(args, "data_dir", None), os.environ)
        return _dispatch(args, data_dir, launch_app)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        print(f"Run '{PROG} --help' for help.", file=sys.stderr)
        return EXIT_USAGE


def _dispatch(args: argparse.Namespace, data_dir: Path, launch_app: LaunchApp | None) -> int:
    command = args.command
    if command is None:
        return _launch(data_dir, launch_app, args.hosts_helper)
    if command == "start":
        minutes = parse_minutes(args.minutes)
        request = {
            "minutes": minutes,
            "role": parse_role(args.role),
            "activity": parse_activity(args.activity),
        }
        return _talk(data_dir, "start", request, lambda r: format_started(r, minutes))
    if command == "stop":
        return _talk(data_dir, "stop", {}, format_stopped)
    if command == "status":
        return _talk(data_dir, "status", {}, format_status, not_running_to=sys.stdout)
    if command == "one-thing":
        text = str(_check(lambda: validate_one_thing(args.text)))
        return _talk(data_dir, "one_thing", {"text": text}, lambda r: format_one_thing(r, text))
    if command == "review":
        week = str(_check(lambda: IsoWeek.parse(args.week))) if args.week else None
        if args.pdf:
            return _export_review(data_dir, week, Path(args.pdf).resolve())
        return _talk(data_dir, "review", {"week": week}, lambda r: f"Review of {r['week']} shown.")
    if command == "export":
        request = {"file": str(Path(args.file).resolve()), **_range(args)}
        return _data_command(data_dir, "export", request)
    if command == "import":
        return _data_command(data_dir, "import", {"file": str(Path(args.file).resolve())})
    print(f"{PROG} {command} is not available.", file=sys.stderr)
    return EXIT_USAGE


def _range(args: argparse.Namespace) -> dict[str, str | None]:
    """CSV/ICS range: --week, or --from/--to (both optional), as ISO dates."""
    from focusapp.core.days import parse_date

    if args.week:
        week = _check(lambda: IsoWeek.parse(args.week))
        assert isinstance(week, IsoWeek)
        return {"first": week.monday.isoformat(), "last": week.days[-1].isoformat()}
    first = _check(lambda: parse_date(args.first)) if args.first else None
    last = _check(lambda: parse_date(args.last)) if args.last else None
    return {"first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None}


def _data_command(data_dir: Path, command: str, request: dict[str, Any]) -> int:
    """Export or import through the running app (it holds the data folder), or, with none
    running, here: the same code either way (services/data_files.py)."""
    from focusapp.services.single_instance import InstanceError, NoInstanceRunning, send_command

    result: dict[str, Any] | None
    try:
        result = send_command(data_dir, command, request, timeout_ms=120_000)
    except NoInstanceRunning:
        result = _data_command_here(data_dir, command, request)
        if result is None:
            return EXIT_FAILED
    except InstanceError as exc:
        print(f"{APP_NAME} could not {command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _print_data_result(command, result)


def _data_command_here(data_dir: Path, command: str,
                       request: dict[str, Any]) -> dict[str, Any] | None:
    from datetime import datetime

    from focusapp.core.errors import ValidationError
    from focusapp.services.data_files import export_to, import_from
    from focusapp.store.database import Store
    from focusapp.store.errors import StoreError

    try:
        store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return None
    try:
        if command == "import":
            return import_from(store, Path(request["file"]))
        return export_to(store, Path(request["file"]), *_dates(request))
    except (ValidationError, OSError) as exc:
        print(f"Could not {command}: {exc}", file=sys.stderr)
        return None
    finally:
        store.close()


def _dates(request: dict[str, Any]) -> tuple[Any, Any]:
    from datetime import date

    return tuple(date.fromisoformat(request[k]) if request.get(k) else None
                 for k in ("first", "last"))  # type: ignore[return-value]


def _print_data_result(command: str, result: dict[str, Any]) -> int:
    if command == "export":
        print(f"Exported {result['blocks']} blocks to {result['file']} ({result['format']}).")
        return EXIT_OK
    if result["ok"]:
        print(result["summary"])
        return EXIT_OK
    print(result["summary"], file=sys.stderr)
    return EXIT_FAILED


def _export_review(data_dir: Path, week: str | None, pdf: Path) -> int:
    """The running app writes the PDF (it holds the data folder); with none running, this
    process opens the folder itself, offscreen, so scripts need no display."""
    from focusapp.services.single_instance import InstanceError, NoInstanceRunning, send_command

    try:
        result = send_command(data_dir, "review_export", {"week": week, "pdf": str(pdf)},
                              timeout_ms=60_000)
    except NoInstanceRunning:
        from focusapp.app import export_review  # Qt and the store, only for this command

        try:
            written_week = export_review(data_dir, week, pdf)
        except Exception as exc:  # the message is for the person at the terminal
            print(f"Could not write the review: {exc}", file=sys.stderr)
            return EXIT_FAILED
        print(f"Review of {written_week} written to {pdf}.")
        return EXIT_OK
    except InstanceError as exc:
        print(f"{APP_NAME} could not write the review: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Review of {result['week']} written to {result['pdf']}.")
    return EXIT_OK


def _not_running(data_dir: Path) -> str:
    return f"{APP_NAME} is not running (data folder: {data_dir})."


def _talk(
    data_dir: Path,
    command: str,
    request: dict[str, Any],
    render: Callable[[dict[str, Any]], str],
    not_running_to: Any = None,
) -> int:
    from focusapp.services.single_instance import (
        CommandRefused,
        InstanceError,
        NoInstanceRunning,
        send_command,
    )

    try:
        result = send_command(data_dir, command, request, timeout_ms=TIMEOUT_MS)
    except NoInstanceRunning:
        print(_not_running(data_dir), file=not_running_to or sys.stderr)
        if command != "status":
            print(f"Start it first with '{PROG}'.", file=not_running_to or sys.stderr)
        return EXIT_FAILED
    except CommandRefused as exc:
        print(f"{APP_NAME} refused: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except InstanceError as exc:
        print(f"{str(exc).rstrip('.')} (data folder: {data_dir}).", file=sys.stderr)
        return EXIT_FAILED
    print(render(result))
    return EXIT_OK


def _launch(data_dir: Path, launch_app: LaunchApp | None,
            hosts_helper: list[str] | None = None) -> int:
    from focusapp.services.single_instance import (
        RAISE_COMMAND,
        InstanceError,
        NoInstanceRunning,
        send_command,
    )

    try:
        send_command(data_dir, RAISE_COMMAND, {}, timeout_ms=TIMEOUT_MS)
    except NoInstanceRunning:
        pass
    except InstanceError as exc:
        print(
            f"{APP_NAME} seems to be running on this data folder but did not answer: "
            f"{str(exc).rstrip('.')} (data folder: {data_dir}).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    else:
        print(f"{APP_NAME} is already running (data folder: {data_dir}); brought it to the front.")
        return EXIT_OK
    if launch_app is None:
        from focusapp.app import run  # the GUI, only when it is wanted

        launch_app = functools.partial(run, hosts_helper=hosts_helper)
    # The app listens itself (InstanceServer.listen) and quits if it lost a race to another.
    return launch_app(data_dir, [sys.argv[0] if sys.argv and sys.argv[0] else PROG])


if __name__ == "__main__":
    sys.exit(main())
