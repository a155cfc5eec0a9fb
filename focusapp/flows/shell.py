"""What the flows ask of the screen: the `Shell` protocol and the answers it hands back.

A flow never builds a widget. It asks the shell (`ask_*`) and goes on in the callback the
shell calls with the user's answer; a dismissed dialog calls nothing. `ui.shell.QtShell`
is the real one (Today window, tray, dialogs); tests pass a recording fake and answer the
callbacks themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from focusapp.core.days import IsoWeek
from focusapp.core.errors import Problem
from focusapp.core.leads import Lead, LeadFigures
from focusapp.core.models import Block, Day, OneThingStatus, Settings
from focusapp.core.roles import RoleConfig
from focusapp.services.accounts import AccountsView
from focusapp.services.blocking.status import MechanismStatus
from focusapp.services.daily import TodayView
from focusapp.services.timer import StartRequest, TimerState

if TYPE_CHECKING:
    from focusapp.core.calendar import Meeting  # icalendar loads after the first paint
    from focusapp.flows.planning import PlanView
    from focusapp.store.import_check import Problem as ImportProblem
    from focusapp.store.import_preview import ImportPreview


@dataclass(frozen=True)
class StartForm:
    """What the start dialog opens with."""

    roles: tuple[RoleConfig, ...]
    presets: tuple[int, ...]
    minutes: int | None
    role: str | None
    activity: str | None
    strict: bool


@dataclass(frozen=True)
class StrictStopAnswer:
    """The answer to stopping a strict block early."""
    confirmed: bool  # the phrase was typed
    emergency: bool  # the emergency exit: abandon the block


@dataclass(frozen=True)
class BlockEndAnswer:
    """The answer to a block's end: its count, note and what comes next."""
    count: int | None
    note: str
    take_break: bool
    touched: str = ""  # the account touched in the block (an account manager's), if any
    next_step: str = ""  # a meeting's dated next step (Field Sales), if given
    next_step_due: date | None = None


class ScheduledAnswer(StrEnum):
    """What the user did with "Power hour in 5 min" (flows/schedule.py)."""

    START = "start"  # now
    SNOOZE = "snooze"  # ask again in 10 minutes, start 5 minutes after that
    SKIP = "skip"  # not today: recorded as skipped


@dataclass(frozen=True)
class ScheduledNotice:
    """A scheduled block about to start by itself."""
    name: str  # the block's name in the user's words
    minutes: int  # until it starts by itself
    start: datetime


@dataclass(frozen=True)
class FollowUpAnswer:
    """A follow-up as the user typed it."""
    name: str
    due: str  # as typed: '48h', '2d', '90m'


class AwayAnswer(StrEnum):
    """What a spell away from the desk was, as the user says (flows/away.py)."""

    CALL = "call"  # on a call or in a meeting: counted as work
    BREAK = "break"  # a break: not counted, the block paused for that time
    DISCARD = "discard"  # the block is given up from the moment the user left


@dataclass(frozen=True)
class AwayQuestion:
    """What to ask of a spell away from the desk."""
    minutes: int  # how long the user was away
    default: AwayAnswer  # CALL during an activity spent reaching people, else BREAK


@dataclass(frozen=True)
class HandoffForm:
    """The three taps of a handoff: to whom, on time or not, which items the brief covered."""

    role: str  # the sender's role
    roles: tuple[RoleConfig, ...]  # every role, to pick the receiver from
    to: str | None  # the usual receiver of this handoff (a role id), if any
    checklist: tuple[str, ...]  # the sender role's brief (Settings → Roles)
    agreed_hours: int  # the delay the roles agreed: "on time" means within it


@dataclass(frozen=True)
class HandoffAnswer:
    """A handoff as the user described it."""
    to: str  # a role id or a colleague's name
    on_time: bool
    ticked: tuple[str, ...]


@dataclass(frozen=True)
class LeadsView:
    """The live lead clocks (core/leads.py): the leads not touched yet, oldest first."""

    now: datetime
    waiting: tuple[Lead, ...]
    target_minutes: int | None  # the lead role's target; None: the user holds no lead role
    today: LeadFigures = field(default_factory=LeadFigures)  # the leads of the working day

    @property
    def shown(self) -> bool:
        """Today shows the lead clocks: a lead role is held, or a lead still waits."""
        return self.target_minutes is not None or bool(self.waiting)


@dataclass(frozen=True)
class OneThingAnswer:
    """The day's One Thing as the user set it."""
    text: str
    role: str
    activity: str | None


@dataclass(frozen=True)
class EveningAnswer:
    """The evening's answer about the day's One Thing."""
    status: OneThingStatus
    carry_over: bool


@dataclass(frozen=True)
class WizardAnswer:
    """A new user's settings and roles, from the wizard."""
    settings: Settings
    roles: tuple[RoleConfig, ...]


@dataclass(frozen=True)
class TimerView:
    """What the tray and Today show of the timer."""
    state: TimerState
    progress: float
    remaining_seconds: float
    one_thing: str | None
    count: int | None = None  # counted on the running block so far
    metric: str | None = None  # the running block's count metric
    strict: bool = False  # the running block is strict: said on screen, no pause
    interruptions: int = 0  # logged on the running block so far


class Shell(Protocol):
    # ---- telling ------------------------------------------------------------------------
    def notify(self, title: str, message: str) -> None: ...
    def warn(self, text: str) -> None: ...
    def warn_problem(self, problem: Problem) -> None: ...
    def warn_import_refused(self, problems: Sequence[ImportProblem]) -> None:
        """Nothing was imported: every problem found in the file."""
    def notify_problem(self, title: str, problem: Problem) -> None: ...
    def play_chime(self) -> None: ...

    # ---- showing ------------------------------------------------------------------------
    def show_today(self) -> None: ...
    def render_today(self, view: TodayView, roles: tuple[RoleConfig, ...]) -> None: ...
    def render_timer(self, view: TimerView) -> None: ...
    def render_meetings(self, meetings: Sequence[Meeting]) -> None: ...  # today's, in order
    def render_plan(self, view: PlanView) -> None: ...  # Today's timeline (issue 13)
    def render_blocking(self, statuses: Sequence[MechanismStatus]) -> None: ...
    def render_leads(self, view: LeadsView) -> None:
        """The lead clocks in the Today window, their count on the tray icon."""
    def set_language(self, language: str) -> None: ...
    def show_review(self, week: IsoWeek | None) -> IsoWeek: ...
    def refresh_review(self) -> None: ...
    def show_history(self, role: str | None) -> None:
        """A role's streak history (None: the first role the user holds)."""
    def refresh_history(self) -> None: ...
    def flush_review(self) -> None: ...
    def write_review_pdf(self, week: IsoWeek, pdf: Path) -> None: ...
    def show_settings(self, saved: Callable[[Settings], None],
                      restored: Callable[[date], None],
                      start_at_login: Callable[[], Problem | None] = lambda: None) -> None: ...
    # `start_at_login`: why the system keeps start at login off, or None (shown by its box)
    def today_visible(self) -> bool: ...
    def tray_visible(self) -> bool: ...
    def today_lines(self) -> tuple[str, ...]: ...  # the Today window's text, as shown
    def tray_entries(self) -> tuple[str, ...]: ...  # the tray menu's enabled entries
    def blocking_lines(self) -> tuple[str, ...]: ...  # Settings → Blocking's paragraphs

    # ---- asking -------------------------------------------------------------------------
    def ask_start(self, form: StartForm, answer: Callable[[StartRequest], None]) -> None: ...
    def ask_strict_stop(self, answer: Callable[[StrictStopAnswer], None]) -> None: ...
    def ask_interruption(self, answer: Callable[[str], None]) -> None: ...
    def ask_lead_name(self, answer: Callable[[str], None]) -> None:
        """A new lead's name (may be empty: the clock starts before the name is read)."""
    def ask_block_end(self, block: Block, metric: str | None,
                      answer: Callable[[BlockEndAnswer], None], *,
                      accounts: Sequence[str] | None = None, next_step: bool = False) -> None:
        """`accounts`: the account list to complete "touched ACCOUNT" from; None: the
        block is not an account manager's, and the dialog does not ask. `next_step`: the
        block was a meeting, and the dialog asks its dated next step."""
    def ask_scheduled(self, notice: ScheduledNotice,
                      answer: Callable[[ScheduledAnswer], None]) -> None:
        """A scheduled block is about to start by itself: Start / Snooze 10 / Skip."""
    def ask_away(self, question: AwayQuestion, answer: Callable[[AwayAnswer], None]) -> None:
        """Back at the desk after a spell away during a block: what was it?"""
    def render_open_meetings(self, meetings: Sequence[Block]) -> None:
        """Today's meetings still without a dated next step (Field Sales; issue 12)."""
    def ask_follow_up(self, answer: Callable[[FollowUpAnswer], None]) -> None:
        """Met at an event / partner call: whom to follow up, and when."""
    def render_accounts(self, view: AccountsView) -> None:
        """The accounts going cold and the follow-ups, in Today (issue 12)."""
    def ask_handoff(self, form: HandoffForm, answer: Callable[[HandoffAnswer], None]) -> None: ...
    def ask_one_thing(self, roles: tuple[RoleConfig, ...], current: Day | None,
                      default_role: str | None,
                      answer: Callable[[OneThingAnswer], None]) -> None: ...
    def ask_evening_check(self, day: Day, answer: Callable[[EveningAnswer], None]) -> None: ...
    def ask_export_file(self, answer: Callable[[Path], None]) -> None: ...
    def ask_import_file(self, answer: Callable[[Path], None]) -> None: ...
    def ask_import(self, name: str, preview: ImportPreview,
                   answer: Callable[[], None]) -> None:
        """What importing the file `name` would change; `answer` only if the user says
        Import (Cancel writes nothing)."""
    def ask_wizard(self, settings: Settings, roles: tuple[RoleConfig, ...],
                   answer: Callable[[WizardAnswer | None], None]) -> None: ...
