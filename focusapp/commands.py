"""The command protocol between `focusapp COMMAND` and the running app: one request and one
response dataclass per command, and their wire form.

`cli.py` builds requests and reads responses; `flows/server.py` answers them. Both sides use
these types, so a field that one side sends and the other never reads cannot happen
unnoticed: `decode` refuses unknown and missing fields.

Kept light on purpose (stdlib only): the CLI imports it before it knows whether Qt is needed.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from datetime import date
from typing import Any

# ---- requests ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Start:
    """Start a focus block. `None` fields take the app's defaults: the first preset, the
    default role, and the One Thing's activity when it belongs to the role."""

    minutes: int | None = None
    role: str | None = None
    activity: str | None = None  # an activity id of `role`
    in_minutes: int | None = None  # start it this many minutes from now ("start in 10 min")


@dataclass(frozen=True)
class Stop:
    """Stop the running block (a strict block refuses: it needs the phrase in the app)."""


@dataclass(frozen=True)
class Extend:
    """Add minutes to the running block's planned length (+5 / +10 / +15)."""

    minutes: int


@dataclass(frozen=True)
class Status:
    pass


@dataclass(frozen=True)
class SetOneThing:
    text: str


@dataclass(frozen=True)
class ShowReview:
    week: str | None = None  # YYYY-Www; None: this week


@dataclass(frozen=True)
class WriteReview:
    pdf: str
    week: str | None = None


@dataclass(frozen=True)
class Export:
    file: str
    first: str | None = None  # ISO dates, CSV/ICS only
    last: str | None = None

    def dates(self) -> tuple[date | None, date | None]:
        return (date.fromisoformat(self.first) if self.first else None,
                date.fromisoformat(self.last) if self.last else None)


@dataclass(frozen=True)
class Import:
    file: str
    dry_run: bool = False  # list what would change, write nothing


@dataclass(frozen=True)
class Count:
    """Count `n` for an activity (None: the running block's, else what the user did last
    today); `undo` takes the last count back instead."""

    n: int = 1
    activity: str | None = None
    undo: bool = False


@dataclass(frozen=True)
class RecordHandoff:
    """A handoff sent: to a role id or a colleague; `missing` lists the checklist items the
    brief did not cover (comma-separated); `role` is the sender's (None: today's role)."""

    to: str
    on_time: bool = True
    missing: str = ""
    role: str | None = None


@dataclass(frozen=True)
class AnswerHandoff:
    """The receiver's answer to a handoff: `accepted`, or `sent_back` with a reason."""

    handoff: str  # its id, or the id's first characters
    status: str
    reason: str = ""


# The account manager's and business developer's verbs (issue 12).


@dataclass(frozen=True)
class Touch:
    """"I touched ACCOUNT": a name not on the account list yet joins it."""

    account: str


@dataclass(frozen=True)
class AddAccount:
    name: str
    note: str = ""


@dataclass(frozen=True)
class ImportAccounts:
    """The names of a CRM export's column (the CLI reads the file)."""

    names: list[str]


@dataclass(frozen=True)
class ColdAccounts:
    pass


@dataclass(frozen=True)
class MakeFollowUp:
    name: str
    due: str = "48h"  # as typed: 48h, 2d, 90m


@dataclass(frozen=True)
class FollowUpDone:
    follow_up: str  # its name, or its id's first characters


# The inbound qualifier's speed-to-lead (issue 12).


@dataclass(frozen=True)
class NewLead:
    """A lead came in: its clock starts against the lead role's target."""

    name: str = ""


@dataclass(frozen=True)
class TouchLead:
    """A waiting lead's first touch: its name, or its id's first characters."""

    lead: str


@dataclass(frozen=True)
class DropLead:
    """A waiting lead set aside as not a lead (spam, a duplicate): its name, or its id's
    first characters."""

    lead: str


@dataclass(frozen=True)
class NoteNextStep:
    """A meeting's dated next step (Field Sales): for the day's last meeting without one."""

    text: str
    due: str = ""  # YYYY-MM-DD; empty: the next working day


# Today's agenda and the calendars (issue 13).


@dataclass(frozen=True)
class ShowAgenda:
    """Today's agenda: the One Thing, the meetings, the finished blocks."""


@dataclass(frozen=True)
class AddCalendar:
    """A calendar the command line has read once already: kept, and read in the background
    from then on. `location` is an absolute path or an http(s) address."""

    name: str
    location: str
    me: list[str]  # the user's addresses among its attendees


@dataclass(frozen=True)
class ListCalendars:
    pass


@dataclass(frozen=True)
class RefreshCalendars:
    pass


@dataclass(frozen=True)
class RemoveCalendar:
    key: str  # its number in the list, or its name


# ---- responses --------------------------------------------------------------------------


@dataclass(frozen=True)
class Started:
    block_id: str  # "" for a delayed start: no block yet
    minutes: int
    role: str
    activity: str | None
    starts_at: str = ""  # a delayed start: when it starts by itself (an ISO instant)


@dataclass(frozen=True)
class Extended:
    minutes: int  # added now
    planned_minutes: int  # the block's planned length now
    remaining_seconds: int


@dataclass(frozen=True)
class Stopped:
    minutes: float  # focused minutes kept
    outcome: str
    warning: str = ""  # stopped, but not saved yet (a full disk): the sentence that says so


@dataclass(frozen=True)
class StatusReport:
    state: str  # idle, running, paused, break
    remaining_seconds: int
    block_id: str | None
    role: str | None
    activity: str | None
    one_thing: str | None
    tray: bool
    today_visible: bool
    today_text: list[str]  # the Today window's lines, as shown (`TodayWindow.shown_lines`)
    tray_menu: list[str]  # the tray menu's enabled entries
    # Settings → Blocking's paragraphs, as worded there: what works on this desktop and why
    # not (empty until checked, after the first paint).
    blocking: list[str] = field(default_factory=list)
    browser_connected: bool = False  # a browser with the extension is connected (issue 14)


@dataclass(frozen=True)
class OneThingSet:
    one_thing: str


@dataclass(frozen=True)
class ReviewShown:
    week: str


@dataclass(frozen=True)
class ReviewWritten:
    week: str
    pdf: str


@dataclass(frozen=True)
class Exported:
    blocks: int
    file: str
    format: str

    @classmethod
    def of(cls, result: dict[str, Any]) -> Exported:
        """From what `services.data_files.export_to` returns."""
        return cls(int(result["blocks"]), str(result["file"]), str(result["format"]))


@dataclass(frozen=True)
class Imported:
    ok: bool
    summary: str  # in the user's language (`ui.import_text.import_summary`)


@dataclass(frozen=True)
class Counted:
    role: str
    activity: str | None
    in_block: bool  # on the running block, else on the day's tally
    today: int  # counted today for the activity
    undone: bool = False


@dataclass(frozen=True)
class HandoffRecorded:
    handoff: str  # the id
    role: str
    to: str
    on_time: bool
    missing: str  # comma-separated; empty when the brief was complete
    status: str = "sent"


@dataclass(frozen=True)
class Touched:
    account: str
    new_account: bool
    this_week: int  # different accounts touched this week


@dataclass(frozen=True)
class AccountAdded:
    name: str
    note: str


@dataclass(frozen=True)
class AccountsImported:
    added: int
    known: int


@dataclass(frozen=True)
class ColdList:
    weeks: int
    # Per account going cold, oldest first: [name, weeks silent, last touch (YYYY-MM-DD or "")]
    accounts: list[list[Any]]
    this_week: int


@dataclass(frozen=True)
class FollowUpSaved:
    follow_up: str  # the id
    name: str
    due: str  # ISO instant
    done: bool


@dataclass(frozen=True)
class LeadRecorded:
    lead: str  # the id
    name: str
    target_minutes: int
    waited_seconds: int | None  # to its first touch; None while it waits
    in_time: bool
    waiting: int  # leads waiting now, this one included while untouched
    dropped: bool = False  # set aside as not a lead


@dataclass(frozen=True)
class AgendaReport:
    """Times are ISO instants in the user's zone. A meeting: start, end, title, busy,
    all_day, calendar. A block: start, end, role, activity, minutes, outcome. A planned
    block (Today's plan): start, end, kind (prep, next_step, power_hour), role, activity,
    meeting, accepted (False: proposed)."""

    day: str
    one_thing: str | None
    one_thing_status: str | None
    meetings: list[dict[str, Any]]
    blocks: list[dict[str, Any]]
    planned: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class CalendarList:
    """Each calendar: id, name, location, me, refreshed (ISO or None), problem (None or
    {code, params, message}). `changed`: the one added or removed, by name."""

    calendars: list[dict[str, Any]]
    refresh_minutes: int
    refreshing: bool = False  # a refresh runs in the background: `calendar list` tells after
    changed: str = ""


@dataclass(frozen=True)
class NextStepNoted:
    meeting: str  # the meeting's start, an ISO instant
    text: str
    due: str  # YYYY-MM-DD
    still_open: int  # today's meetings still without a next step


REQUESTS: dict[str, type[Any]] = {
    "start": Start,
    "stop": Stop,
    "extend": Extend,
    "status": Status,
    "one_thing": SetOneThing,
    "review": ShowReview,
    "review_export": WriteReview,
    "export": Export,
    "import": Import,
    "count": Count,
    "handoff": RecordHandoff,
    "handoff_answer": AnswerHandoff,
    "touch": Touch,
    "account_add": AddAccount,
    "accounts_import": ImportAccounts,
    "accounts_cold": ColdAccounts,
    "follow_up": MakeFollowUp,
    "follow_up_done": FollowUpDone,
    "lead": NewLead,
    "lead_touched": TouchLead,
    "lead_dropped": DropLead,
    "next_step": NoteNextStep,
    "agenda": ShowAgenda,
    "calendar_add": AddCalendar,
    "calendar_list": ListCalendars,
    "calendar_refresh": RefreshCalendars,
    "calendar_remove": RemoveCalendar,
}
RESPONSES: dict[type[Any], type[Any]] = {
    Start: Started,
    Stop: Stopped,
    Extend: Extended,
    Status: StatusReport,
    SetOneThing: OneThingSet,
    ShowReview: ReviewShown,
    WriteReview: ReviewWritten,
    Export: Exported,
    Import: Imported,
    Count: Counted,
    RecordHandoff: HandoffRecorded,
    AnswerHandoff: HandoffRecorded,
    Touch: Touched,
    AddAccount: AccountAdded,
    ImportAccounts: AccountsImported,
    ColdAccounts: ColdList,
    MakeFollowUp: FollowUpSaved,
    FollowUpDone: FollowUpSaved,
    NewLead: LeadRecorded,
    TouchLead: LeadRecorded,
    DropLead: LeadRecorded,
    NoteNextStep: NextStepNoted,
    ShowAgenda: AgendaReport,
    AddCalendar: CalendarList,
    ListCalendars: CalendarList,
    RefreshCalendars: CalendarList,
    RemoveCalendar: CalendarList,
}
BOOK_REQUESTS = (Touch, AddAccount, ImportAccounts, ColdAccounts, MakeFollowUp, FollowUpDone)
NAMES = {kind: name for name, kind in REQUESTS.items()}

class ProtocolError(ValueError):
    """A message that does not fit the protocol (an older or newer peer, or a bug)."""


def name_of(request: object) -> str:
    return NAMES[type(request)]


def encode(message: object) -> dict[str, Any]:
    return asdict(message)  # type: ignore[call-overload, no-any-return]


def decode[T](kind: type[T], data: dict[str, Any]) -> T:
    """`data` as a `kind`; unknown or missing fields are refused, not guessed."""
    known = {f.name: f for f in fields(kind)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ProtocolError(f"unknown field(s) {', '.join(unknown)} for {kind.__name__}")
    missing = sorted(name for name, f in known.items() if name not in data
                     and f.default is MISSING and f.default_factory is MISSING)
    if missing:
        raise ProtocolError(f"missing field(s) {', '.join(missing)} for {kind.__name__}")
    return kind(**data)


def decode_request(name: str, data: dict[str, Any]) -> object:
    kind = REQUESTS.get(name)
    if kind is None:
        raise ProtocolError(f"unknown command '{name}'")
    return decode(kind, data)
