"""`focusapp` on the command line: the arguments, checked; `focusapp.client` talks.

No subcommand starts the tray app, or raises the one already running on that data folder.
`start`, `stop`, `status`, `one-thing` and `review` talk to the running instance over the
local socket of `services.single_instance` in the typed protocol of `focusapp.commands`;
`export`, `import` and `review --pdf` run here when no instance holds the folder.

Exit codes: 0 done; 1 FocusApp is not running, or it refused the command (its reason is
printed); 2 the arguments are wrong (a plain sentence says why).

It speaks the user's language (the data folder's setting, else the system's: `_speaking`),
through the app's own Qt catalogues. Kept light on purpose: argparse, the pure core, Qt Core
for the words and the Qt Network socket client; no widgets (except an offscreen application
for a PDF drawn here) and the store only to read one setting, so `focusapp status` answers
quickly; the GUI is imported only when it is launched.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QCoreApplication

from focusapp import PROG, __version__, client, lazy_module
from focusapp.client import EXIT_FAILED, EXIT_OK, TIMEOUT_MS
from focusapp.core.accounts import account_name, account_note, names_in_csv
from focusapp.core.days import IsoWeek
from focusapp.core.errors import ValidationError
from focusapp.core.follow_ups import follow_up_name, parse_due
from focusapp.core.handoffs import MAX_REASON_CHARS, MAX_TO_CHARS
from focusapp.core.leads import validate_lead_name
from focusapp.core.models import (
    validate_count_step,
    validate_minutes,
    validate_one_thing,
    validate_text,
)
from focusapp.core.roles import DEFAULT_ACTIVITIES, RoleId
from focusapp.core.text import fill
from focusapp.launch import DATA_DIR_ENV, LaunchApp, data_dir_from, plain_launch, start_app
from focusapp.services import start_collector
from focusapp.ui.problems import error_message

if TYPE_CHECKING:
    from focusapp import commands as cmd
else:  # loaded at its first use: a plain launch never needs it
    cmd = lazy_module("focusapp.commands")

translate = QCoreApplication.translate  # translate("CommandLine", …): pyside6-lupdate finds it

ACTIVITY_MAX_CHARS = 80
CALENDAR_ACTIONS = ("add", "list", "refresh", "remove")
EXIT_USAGE = 2


class UsageError(Exception):
    """Wrong arguments; the message is a plain sentence."""


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          translate("CommandLine", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors turned into one plain line and exit code 2, and its help in
    the user's language: argparse's own words ("usage:", "options:", -h's help) are English
    gettext strings, so they are given here instead."""

    def __init__(self, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        super().__init__(**{**kwargs, "add_help": False, "formatter_class": _Formatter})
        # The titles argparse gave its two default groups (no public way to name them).
        self._positionals.title = translate("CommandLine", "positional arguments")
        self._optionals.title = translate("CommandLine", "options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=translate("CommandLine", "show this help and exit"))

    def error(self, message: str) -> NoReturn:
        raise UsageError(_plain_argparse_message(message))


def _plain_argparse_message(message: str) -> str:
    text = message[0].upper() + message[1:] if message else message
    if "invalid choice" in message:
        # "argument command: invalid choice: 'x' (choose from ...)"
        choice = message.split("invalid choice:", 1)[1].split("(", 1)[0].strip()
        return fill(translate("CommandLine", "%1 is not a focusapp command."), choice)
    return text if text.endswith(".") else text + "."


# ---- the parser -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    # `--data-dir` is accepted before or after the subcommand; after wins.
    data_dir_option = _Parser(add_help=False)
    data_dir_option.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=fill(translate(
            "CommandLine", "the data folder to use (default: $%1, else the user data folder)"),
                  DATA_DIR_ENV),
    )

    parser = _Parser(
        prog=PROG,
        description=translate(
            "CommandLine", "FocusApp: focus blocks and the One Thing, from the tray. Without a "
                       "command, starts the app (or brings the running one to the front)."),
        parents=[data_dir_option],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help=translate("CommandLine", "show the version and exit"))

    # Hidden. For benchmarks/startup.py and the bundle check: print "ready" once up, then
    # quit; for tests: the hosts helper's command line instead of the installed one.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--hosts-helper", metavar="CMD", type=_command_line,
                        help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(
            name, help=help_text, description=help_text, parents=[data_dir_option]
        )
        return sub

    start = add("start", translate("CommandLine", "start a focus block in the running app"))
    start.add_argument("minutes", nargs="?", metavar="MINUTES",
                       help=translate("CommandLine", "5 to 180 (default: preset)"))
    start.add_argument("--role", metavar="R",
                       help=fill(translate(
                           "CommandLine", "one of: %1"), ", ".join(r.value for r in RoleId)))
    start.add_argument("--activity", metavar="ID", help=_activity_help())
    start.add_argument("--in", dest="in_minutes", metavar="MINUTES",
                       help=translate("CommandLine", "start it this many minutes from now "
                                                     "(10 or 10m), by itself"))

    add("stop", translate("CommandLine", "stop the running focus block (kept as a partial block)"))
    extend = add("extend", translate("CommandLine", "add minutes to the running focus block"))
    extend.add_argument("minutes", metavar="MINUTES",
                        help=translate("CommandLine", "how many: 5, 10, 15…"))
    add("status", translate("CommandLine", "say what the running app is doing"))

    one_thing = add("one-thing", translate("CommandLine", "set today's One Thing"))
    one_thing.add_argument("text", metavar="TEXT")

    count = add("count", translate(
        "CommandLine", "count a call, a touch, a meeting… in the running app, without a "
                            "dialog (on the running block, else on today's last activity)"))
    count.add_argument("n", nargs="?", metavar="N", help=translate(
        "CommandLine", "how many (default: 1)"))
    count.add_argument("--activity", metavar="ID", help=translate("CommandLine",
        "what to count (default: the running block's activity, else today's last one); an id "
        "or its short form"))
    count.add_argument("--undo", action="store_true", help=translate(
        "CommandLine", "take the last count back"))

    handoff = add("handoff", translate(
        "CommandLine", "record a handoff sent to another role or a colleague (--to), "
                                "or mark one accepted or sent back (ID)"))
    handoff.add_argument("id", nargs="?", metavar="ID", help=translate("CommandLine",
        "a handoff's id (its first characters are enough), to answer it"))
    handoff.add_argument("--to", metavar="WHO", help=translate(
        "CommandLine", "a role id or a colleague's name"))
    handoff.add_argument("--late", action="store_true", help=translate("CommandLine",
        "it missed the delay the roles agreed (Settings → Roles)"))
    handoff.add_argument("--missing", metavar="ITEMS", default="", help=translate("CommandLine",
        "what the brief lacked, comma-separated items of the role's checklist (Settings → "
        "Roles; built in: need, budget, decision_maker, next_step)"))
    handoff.add_argument("--role", metavar="R", help=translate(
        "CommandLine", "the sending role (default: today's)"))
    handoff.add_argument("--accepted", action="store_true", help=translate(
        "CommandLine", "the receiver accepted it"))
    handoff.add_argument("--sent-back", metavar="WHY",
                         help=translate("CommandLine", "the receiver sent it back, and why"))

    _add_book_commands(add)
    lead = add("lead", translate(
        "CommandLine", "speed-to-lead: a lead came in, its clock starts against your role's "
                       "target; or --touched, its first touch stops it (with the app running "
                       "or not)"))
    lead.add_argument("name", nargs="?", metavar="NAME", help=translate(
        "CommandLine", "who came in (optional)"))
    lead.add_argument("--touched", metavar="NAME|ID", help=translate(
        "CommandLine", "a waiting lead's name, or its id's first characters"))
    lead.add_argument("--drop", metavar="NAME|ID", help=translate(
        "CommandLine", "set a waiting lead aside as not a lead (spam, a duplicate): its "
                       "clock stops and it counts nowhere"))

    step = add("next-step", translate(
        "CommandLine", "Field Sales: the dated next step of today's last meeting without one "
                       "(with the app running or not)"))
    step.add_argument("text", metavar="TEXT", help=translate(
        "CommandLine", "what happens next, in one line"))
    step.add_argument("--due", metavar="YYYY-MM-DD", help=translate(
        "CommandLine", "by when (default: the next working day)"))

    team = add("team-report", translate(
        "CommandLine", "a sales manager's week of the team, from the reps' JSON "
                                 "exports in a folder (several weeks of one rep are merged)"))
    team.add_argument("folder", metavar="EXPORTS_DIR")
    team.add_argument("--week", metavar="YYYY-Www",
                      help=translate("CommandLine", "e.g. 2026-W48 (default: this week)"))
    team.add_argument("--csv", metavar="FILE", help=translate("CommandLine",
        "write a row per rep and role, and the handoffs between roles in a second file beside "
        "it (team.csv: team-handoffs.csv)"))
    team.add_argument("--pdf", metavar="FILE", help=translate("CommandLine",
        "write the report a manager reads: the grid, counts, funnel and handoffs per rep and "
        "role, and the handoffs between roles"))

    review = add("review", translate("CommandLine", "the weekly streak review"))
    review.add_argument("--week", metavar="YYYY-Www",
                        help=translate("CommandLine", "e.g. 2026-W48 (default: this week)"))
    review.add_argument("--pdf", metavar="FILE", help=translate(
        "CommandLine", "write the review as a PDF"))

    export = add("export", translate(
        "CommandLine", "export: FILE.json everything (re-importable), FILE.csv blocks, "
                              "FILE.ics focus blocks for a calendar"))
    export.add_argument("file", metavar="FILE")
    export.add_argument("--week", metavar="YYYY-Www", help=translate(
        "CommandLine", "CSV/ICS: only this week"))
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                        help=translate("CommandLine", "CSV/ICS: first day"))
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help=translate(
        "CommandLine", "CSV/ICS: last day"))

    add("today", translate("CommandLine", "print today's agenda: the One Thing, the meetings "
                                          "from your calendars and the finished blocks"))
    calendar = add("calendar", translate("CommandLine",
        "your calendars, read to show your meetings (the only thing FocusApp fetches from the "
        "network, and only from the addresses you add)"))
    calendar.add_argument("action", choices=CALENDAR_ACTIONS, metavar="add|list|refresh|remove")
    calendar.add_argument("target", nargs="?", metavar="FILE|ADDRESS|N|NAME", help=translate(
        "CommandLine", "add: an .ics file or the calendar's iCal address (https:// or "
                       "webcal://); remove: its number in the list or its name"))
    calendar.add_argument("--me", metavar="ADDRESS", action="append", default=[],
                          help=translate("CommandLine", "add: your e-mail address in this "
                                         "calendar, so that meetings you declined are left out "
                                         "(repeat for several)"))
    calendar.add_argument("--name", metavar="NAME", help=translate(
        "CommandLine", "add: the calendar's name (default: from its file or address)"))

    import_ = add("import", translate(
        "CommandLine", "import a JSON export (checked first; nothing written if bad)"))
    import_.add_argument("file", metavar="FILE")
    import_.add_argument("--dry-run", action="store_true",
                         help=translate(
                             "CommandLine", "list what the import would change, and write nothing"))
    return parser


def _add_book_commands(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """The account manager's and business developer's verbs (issue 12)."""
    touch = add("touch", translate(
        "CommandLine", "record that you touched an account (a name not on your list joins it)"))
    touch.add_argument("account", metavar="ACCOUNT")
    accounts = add("accounts", translate(
        "CommandLine", "your account list: add one, import a CRM export's column, or list "
                       "the accounts going cold"))
    accounts.add_argument("action", metavar="ACTION", help=translate(
        "CommandLine", "add NAME, import FILE.csv, or cold"))
    accounts.add_argument("target", nargs="?", metavar="NAME|FILE")
    accounts.add_argument("--note", default="", metavar="TEXT", help=translate(
        "CommandLine", "add: a one-line note for the account's owner"))
    accounts.add_argument("--column", metavar="NAME", help=translate(
        "CommandLine", "import: the CSV column that holds the account names"))
    follow_up = add("follow-up", translate(
        "CommandLine", "met at an event or on a partner call: a follow-up due in 48 hours "
                       "(--due), or mark one done (--done)"))
    follow_up.add_argument("name", nargs="?", metavar="NAME")
    follow_up.add_argument("--due", metavar="DELAY", help=translate(
        "CommandLine", "within how long: 48h (default), 2d, 90m"))
    follow_up.add_argument("--done", metavar="NAME|ID", help=translate(
        "CommandLine", "mark a follow-up done: its name, or its id's first characters"))


def _book_request(args: argparse.Namespace) -> object:
    """The request of `touch`, `accounts` or `follow-up`, its arguments checked."""
    if args.command == "touch":
        return cmd.Touch(str(_check(lambda: account_name(args.account))))
    if args.command == "follow-up":
        if args.done and (args.name or args.due):
            raise UsageError(translate(
                "CommandLine", "--done marks a follow-up done: give it no NAME and no --due."))
        if args.done:
            return cmd.FollowUpDone(args.done)
        if not args.name:
            raise UsageError(translate(
                "CommandLine", "Say whom to follow up: focusapp follow-up NAME [--due 48h]."))
        _check(lambda: parse_due(args.due or "48h"))
        return cmd.MakeFollowUp(str(_check(lambda: follow_up_name(args.name))),
                                args.due or "48h")
    if args.action not in ("add", "import", "cold"):
        raise UsageError(fill(translate(
            "CommandLine", "'%1' is not something to do with your accounts: add, import or "
                           "cold."), args.action))
    if args.action == "cold":
        return cmd.ColdAccounts()
    if not args.target:
        raise UsageError(translate(
            "CommandLine", "Say which: focusapp accounts add NAME, or focusapp accounts "
                           "import FILE.csv --column NAME."))
    if args.action == "add":
        return cmd.AddAccount(str(_check(lambda: account_name(args.target))),
                              str(_check(lambda: account_note(args.note))))
    if not args.column:
        raise UsageError(translate(
            "CommandLine", "Say which column holds the account names: --column NAME."))
    return cmd.ImportAccounts(list(_check(lambda: names_in_csv(_read_csv(args.target),
                                                               args.column))))


def _read_csv(path: str) -> str:
    """A CRM export's text: UTF-8 (with or without its mark), else Windows' Latin-1."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(fill(translate("CommandLine", "Could not read %1: %2."), path,
                              exc.strerror or str(exc))) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _activity_help() -> str:
    lines = [f"{role}: {', '.join(a.id.removeprefix(f'{role}.') for a in activities)}"
             for role, activities in DEFAULT_ACTIVITIES.items() if role is not RoleId.SOLO]
    return fill(translate(
        "CommandLine", "an activity of the role (default: today's One Thing's, when it is of "
                   "that role) — %1. A solo seller uses role.activity ids."), "; ".join(lines))


# ---- argument checks (plain sentences, exit 2) ----------------------------------------


def _command_line(text: str) -> list[str]:
    words = shlex.split(text)
    if not words:
        raise argparse.ArgumentTypeError(translate("CommandLine", "the command is empty"))
    return words


def _check(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except ValidationError as exc:
        raise UsageError(error_message(exc)) from None


def parse_minutes(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        raise UsageError(fill(translate(
            "CommandLine", "'%1' is not a whole number of minutes."), text)) from None
    return int(_check(lambda: validate_minutes(value)))


def parse_delay(text: str | None) -> int | None:
    """`--in 10` or `--in 10m`; its range is the running app's rule (flows/schedule.py)."""
    if text is None:
        return None
    return parse_extension(text.strip().removesuffix("m").removesuffix("min"))


def parse_extension(text: str) -> int:
    try:
        return int(text.strip())  # its range is the running app's rule (FocusTimer.extend)
    except ValueError:
        raise UsageError(fill(translate(
            "CommandLine", "'%1' is not a whole number of minutes."), text)) from None


def parse_count(text: str | None) -> int:
    if text is None:
        return 1
    try:
        value = int(text.strip())
    except ValueError:
        raise UsageError(fill(translate(
            "CommandLine", "'%1' is not a whole number to count."), text)) from None
    return int(_check(lambda: validate_count_step(value)))


def parse_role(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return RoleId(text.strip().lower()).value
    except ValueError:
        valid = ", ".join(r.value for r in RoleId)
        raise UsageError(fill(translate(
            "CommandLine", "'%1' is not a role. Valid roles: %2."), text, valid)) from None


def parse_activity(text: str | None) -> str | None:
    """An activity id (`calls`, `field_sales.visits`, …): the running app checks it against
    the role, since custom activities live in the data folder."""
    if text is None:
        return None
    return str(_check(lambda: validate_text(text, ACTIVITY_MAX_CHARS, required=True,
                                            code="activity"))).lower()


# ---- running ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, launch_app: LaunchApp | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring).

    `launch_app(data_dir, qt_argv) -> exit code` starts the GUI; by default
    `focusapp.gui.run`, imported only then.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    launch = plain_launch(args_list)
    if launch is not None:
        return start_app(*launch, launch_app)
    return parse_and_run(args_list, launch_app)


def parse_and_run(args: Sequence[str], launch_app: LaunchApp | None = None) -> int:
    """`main` for what is not a plain launch (`focusapp.__main__` has checked that already):
    the arguments parsed and run, in the user's language."""
    args_list = list(args)
    with _speaking(args_list):
        return _run(args_list, launch_app)


def _run(args_list: list[str], launch_app: LaunchApp | None) -> int:
    try:
        _check_encoding(args_list)
        try:
            args = build_parser().parse_args(args_list)
        except SystemExit as exc:  # --help / --version
            return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
        data_dir = data_dir_from(getattr(args, "data_dir", None), os.environ)
        return _dispatch(args, data_dir, launch_app)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        print(fill(translate("CommandLine", "Run '%1 --help' for help."), PROG), file=sys.stderr)
        return EXIT_USAGE


@contextmanager
def _speaking(args: Sequence[str]) -> Iterator[None]:
    """The command line speaks the user's language: the one chosen in the data folder's
    settings, else the system's (LANG). Its messages are Qt translations, which need an
    application object: a QCoreApplication, or an offscreen QApplication for a PDF that
    may be drawn here. In a process that has one already (the app, a test), its
    language stays as it is."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from focusapp.ui.i18n import command_line_language, install_translator

    if QCoreApplication.instance() is not None:
        yield
        return
    if {"review", "team-report"} & set(args) and "--pdf" in args:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display is needed
        from PySide6.QtWidgets import QApplication

        app: QCoreApplication = QApplication([PROG])
    else:
        app = QCoreApplication([PROG])
    _OWN_APPLICATION.append(app)
    try:
        install_translator(app, command_line_language(_data_dir_of(args)))
    except (OSError, UsageError):  # an unusable folder or name: English, and say it later
        QLocale.setDefault(QLocale("en"))
    try:
        yield
    finally:
        _stop_speaking()


_OWN_APPLICATION: list[Any] = []  # the application _speaking made, while it lives


def _stop_speaking() -> None:
    """Shut down the application the command line made for its words (never one it found):
    a GUI launched from here makes its own."""
    while _OWN_APPLICATION:
        _OWN_APPLICATION.pop().shutdown()


def _data_dir_of(args: Sequence[str]) -> Path:
    """The data folder named on the command line (the last --data-dir wins, as in the
    parser), else the environment's or the default one: before the arguments are parsed,
    so that a mistake in them is said in the user's language too."""
    chosen: str | None = None
    for index, arg in enumerate(args):
        if arg == "--data-dir" and index + 1 < len(args):
            chosen = args[index + 1]
        elif arg.startswith("--data-dir="):
            chosen = arg.split("=", 1)[1]
    return data_dir_from(chosen, os.environ)


def _check_encoding(args: Sequence[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates (PEP 383): say so in words
    instead of failing later with a traceback when they are printed or saved."""
    for position, arg in enumerate(args, start=1):
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise UsageError(fill(translate(
                "CommandLine", "Argument %1 ('%2') is not valid UTF-8 text; check "
                                     "your terminal's encoding."), str(position), shown))


def _dispatch(args: argparse.Namespace, data_dir: Path, launch_app: LaunchApp | None) -> int:
    command = args.command
    if command is None:
        return _launch(data_dir, launch_app, exit_when_ready=args.exit_when_ready,
                       hosts_helper=args.hosts_helper)
    start_collector.release()  # held for a launch's first paint, not for a command
    if command == "start":
        start = cmd.Start(parse_minutes(args.minutes), parse_role(args.role),
                          parse_activity(args.activity), parse_delay(args.in_minutes))
        return client.talk(data_dir, start, client.format_started)
    if command == "stop":
        return client.talk(data_dir, cmd.Stop(), client.format_stopped)
    if command == "extend":
        return client.talk(data_dir, cmd.Extend(parse_extension(args.minutes)),
                           client.format_extended)
    if command == "status":
        return client.talk(data_dir, cmd.Status(), client.format_status, not_running_to=sys.stdout)
    if command == "one-thing":
        text = str(_check(lambda: validate_one_thing(args.text)))
        return client.talk(data_dir, cmd.SetOneThing(text), client.format_one_thing)
    if command == "count":
        if args.undo and (args.n is not None or args.activity):
            raise UsageError(translate(
                "CommandLine", "--undo takes back the last count: give it no N and no "
                                "--activity."))
        request = cmd.Count(parse_count(args.n), parse_activity(args.activity), args.undo)
        return client.talk(data_dir, request, client.format_counted)
    if command == "handoff":
        return client.talk(data_dir, _handoff_request(args), client.format_handoff)
    if command in ("touch", "accounts", "follow-up"):
        return client.book_talk(data_dir, _book_request(args))
    if command == "lead":
        return client.talk(data_dir, _lead_request(args), client.format_lead,
                           here=client.lead_here)
    if command == "next-step":
        from focusapp.core.days import parse_date

        due = str(_check(lambda: parse_date(args.due))) if args.due else ""
        return client.talk(data_dir, cmd.NoteNextStep(args.text, due), client.format_next_step,
                           here=client.next_step_here)
    if command == "team-report":
        week = str(_check(lambda: IsoWeek.parse(args.week))) if args.week else None
        folder = Path(args.folder)
        if not folder.is_dir():
            raise UsageError(fill(translate(
                "CommandLine", "%1 is not a folder of exports."), str(folder)))
        if not (args.csv or args.pdf):
            raise UsageError(translate(
                "CommandLine", "Say what to write: --csv FILE, --pdf FILE, or both."))
        return client.team_report(data_dir, folder, week, _resolved(args.csv),
                                  _resolved(args.pdf))
    if command == "review":
        week = str(_check(lambda: IsoWeek.parse(args.week))) if args.week else None
        if args.pdf:
            pdf = str(Path(args.pdf).resolve())
            return client.write_review(data_dir, cmd.WriteReview(pdf, week))
        return client.talk(data_dir, cmd.ShowReview(week),
                           lambda r: fill(translate("CommandLine", "Review of %1 shown."), r.week))
    if command == "export":
        out = str(Path(args.file).resolve())
        return client.data_command(data_dir, cmd.Export(out, *_range(args)))
    if command == "today":
        return client.agenda(data_dir)
    if command == "calendar":
        return _calendar(args, data_dir)
    if command == "import":
        import_ = cmd.Import(str(Path(args.file).resolve()), dry_run=args.dry_run)
        return client.data_command(data_dir, import_)
    print(fill(translate("CommandLine", "%1 %2 is not available."), PROG, command), file=sys.stderr)
    return EXIT_USAGE


def _calendar(args: argparse.Namespace, data_dir: Path) -> int:
    """Where a calendar to add is (an address, or a file made absolute: the app may run
    from another folder); which one to remove; nothing else is taken."""
    from focusapp.core.calendar import normal_location

    action, target = args.action, args.target
    if action in ("add", "remove") and not target:
        raise UsageError(fill(translate("CommandLine", "Say which calendar: %1 calendar %2 "
                                                       "FILE|ADDRESS|N."), PROG, action))
    if action not in ("add", "remove") and (target or args.me or args.name):
        raise UsageError(fill(translate("CommandLine", "'%1 calendar %2' takes nothing more."),
                              PROG, action))
    if action == "add":
        target = str(_check(lambda: normal_location(target)))
        if not target.lower().startswith(("http://", "https://")):
            target = str(Path(target).expanduser().resolve())
        me = args.me or _ask_addresses()
        return client.calendar(data_dir, action, target, me, args.name)
    return client.calendar(data_dir, action, target, [], None)


def _ask_addresses() -> list[str]:
    """Which attendee is the user, asked when a calendar is added at a terminal: without
    it, a meeting the user declined cannot be told from one they accepted."""
    if not sys.stdin.isatty():
        return []
    answer = input(translate("CommandLine", "Your e-mail address(es) in this calendar, "
                                            "separated by commas, so that meetings you "
                                            "declined are left out (Enter to skip): "))
    return [part.strip() for part in answer.split(",") if part.strip()]


def _resolved(path: str | None) -> Path | None:
    return Path(path).resolve() if path else None


def _handoff_request(args: argparse.Namespace) -> cmd.RecordHandoff | cmd.AnswerHandoff:
    """Recording (--to …) or answering (ID --accepted | --sent-back WHY), never both."""
    if args.id is None:
        if args.accepted or args.sent_back is not None:
            raise UsageError(translate(
                "CommandLine", "Say which handoff to answer: focusapp handoff ID --accepted."))
        if not args.to:
            raise UsageError(translate(
                "CommandLine", "Say who received the handoff: --to ROLE or a colleague's "
                                "name."))
        to = str(_check(lambda: validate_text(args.to, MAX_TO_CHARS, required=True,
                                              code="handoff_to")))
        return cmd.RecordHandoff(to, not args.late, args.missing, parse_role(args.role))
    if args.to or args.late or args.missing or args.role:
        raise UsageError(translate(
            "CommandLine", "To answer a handoff give only its ID and --accepted or "
                            "--sent-back."))
    if args.accepted == (args.sent_back is not None):
        raise UsageError(translate(
            "CommandLine", "Answer a handoff with --accepted or with --sent-back WHY."))
    if args.accepted:
        return cmd.AnswerHandoff(args.id, "accepted")
    why = str(_check(lambda: validate_text(args.sent_back, MAX_REASON_CHARS, required=True,
                                           code="handoff_reason")))
    return cmd.AnswerHandoff(args.id, "sent_back", why)


def _lead_request(args: argparse.Namespace) -> cmd.NewLead | cmd.TouchLead | cmd.DropLead:
    """A new lead (NAME, optional), a waiting one's first touch (--touched) or one set aside
    (--drop): one of them."""
    if args.touched is None and args.drop is None:
        return cmd.NewLead(str(_check(lambda: validate_lead_name(args.name or ""))))
    if args.name is not None or (args.touched is not None and args.drop is not None):
        raise UsageError(translate(
            "CommandLine", "Give a new lead's NAME, --touched NAME|ID or --drop NAME|ID: one "
                           "of them."))
    return cmd.TouchLead(args.touched) if args.drop is None else cmd.DropLead(args.drop)


def _range(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """CSV/ICS range: --week, or --from/--to (both optional), as ISO dates."""
    from focusapp.core.days import parse_date

    if args.week:
        week = _check(lambda: IsoWeek.parse(args.week))
        assert isinstance(week, IsoWeek)
        return week.monday.isoformat(), week.days[-1].isoformat()
    first = _check(lambda: parse_date(args.first)) if args.first else None
    last = _check(lambda: parse_date(args.last)) if args.last else None
    return (first.isoformat() if first else None, last.isoformat() if last else None)


def _front_if_running(data_dir: Path) -> int | None:
    """Bring the instance running on `data_dir` to the front: the exit code once it answered
    (or failed to), None when none runs. Asked only when its socket is there, so a plain
    launch loads QtNetwork after its first paint."""
    from focusapp.services.instance_name import may_be_running

    if not may_be_running(data_dir):
        return None
    from focusapp.services.instance_client import send_command
    from focusapp.services.single_instance import RAISE_COMMAND, InstanceError, NoInstanceRunning

    try:
        send_command(data_dir, RAISE_COMMAND, {}, timeout_ms=TIMEOUT_MS)
    except NoInstanceRunning:
        return None
    except InstanceError as exc:
        print(fill(translate(
            "CommandLine", "FocusApp seems to be running on this data folder but did not answer: "
                      "%1 (data folder: %2)."), client.instance_error_text(exc), str(data_dir)),
              file=sys.stderr)
        return EXIT_FAILED
    print(fill(translate(
        "CommandLine", "FocusApp is already running (data folder: %1); brought it to the "
                  "front."), str(data_dir)))
    return EXIT_OK


def _launch(data_dir: Path, launch_app: LaunchApp | None, *, exit_when_ready: bool = False,
            hosts_helper: list[str] | None = None) -> int:
    answered = _front_if_running(data_dir)
    if answered is not None:
        return answered
    _stop_speaking()  # the GUI makes its own application, in the language it is set to
    return start_app(data_dir, exit_when_ready, launch_app, hosts_helper)


if __name__ == "__main__":
    sys.exit(main())
