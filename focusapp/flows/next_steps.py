"""Field Sales' dated next step (issue 12): asked at the end of every qualified-prospect
meeting, listed in Today while missing, said again at the evening check, and given from
the command line (`focusapp next-step`) for the day's last meeting still without one."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from focusapp import lazy_module
from focusapp.core.errors import CodedError
from focusapp.core.models import Block
from focusapp.core.next_steps import (
    NextStep,
    is_meeting,
    latest_open,
    next_step,
    open_meetings,
)
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import Shell
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store

if TYPE_CHECKING:
    from focusapp import commands as cmd
else:  # loaded at its first use: the flow is built at start, the protocol is not needed then
    cmd = lazy_module("focusapp.commands")

translate = QCoreApplication.translate


class NextStepsFlow(QObject):
    def __init__(self, clock: Clock, store: Store, daily: DailyLoop, shell: Shell,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.store = store
        self.daily = daily
        self.shell = shell
        daily.changed.connect(self.render)

    def asks(self, block: Block) -> bool:
        """The end dialog asks a next step after a meeting."""
        return is_meeting(block)

    def open_today(self) -> list[Block]:
        return open_meetings(self.daily.todays_blocks(), self.store.next_steps.all(),
                             self.daily.today(), self.daily.settings().day_rules.day_start)

    def render(self) -> None:
        self.shell.render_open_meetings(self.open_today())

    def given(self, block: Block, text: str, due: date) -> None:
        """From the end dialog: kept, or refused in words (the meeting stays open)."""
        guarded(self.shell, lambda: self.note(block, text, due))

    def note(self, block: Block, text: str, due: date) -> NextStep:
        step = next_step(block, text, due, self.clock.now(),
                         self.daily.settings().day_rules.day_start)
        self.store.next_steps.save(step)
        self.render()
        return step

    def evening(self) -> None:
        """At the evening check: the meetings of the day still without a dated next step."""
        missing = self.open_today()
        if missing:
            self.shell.notify(
                translate("NextStepsFlow", "Meetings without a next step"),
                translate("NextStepsFlow", "%n meeting(s) today still have no dated next "
                          "step: give it before the day ends.", "", len(missing)))

    def from_command(self, request: cmd.NoteNextStep) -> cmd.NextStepNoted:
        noted = answer_next_step(self.store, self.daily, self.clock.now(), request)
        self.render()
        return noted


def answer_next_step(store: Store, daily: DailyLoop, now: datetime,
                     request: cmd.NoteNextStep) -> cmd.NextStepNoted:
    """`focusapp next-step TEXT [--due DATE]`, in the running app or with none: the day's
    last meeting still open gets it (CodedError when there is none, or it is refused)."""
    day_start = daily.settings().day_rules.day_start
    meeting = latest_open(daily.todays_blocks(), store.next_steps.all(), daily.today(),
                          day_start)
    if meeting is None:
        raise CodedError("next_step.no_meeting", "No meeting today is waiting for a next step.")
    due = (date.fromisoformat(request.due) if request.due
           else daily.next_working_day(daily.today()))
    step = next_step(meeting, request.text, due, now, day_start)
    store.next_steps.save(step)
    still_open = open_meetings(daily.todays_blocks(), store.next_steps.all(), daily.today(),
                               day_start)
    return cmd.NextStepNoted(meeting.start.isoformat(), step.text, step.due.isoformat(),
                             len(still_open))
