"""The day's meetings on the Today window, a calendar's new problem told once, and the
command line's calendar commands and agenda (the same answers with or without the app)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from focusapp import commands as cmd
from focusapp.core.calendar import Meeting
from focusapp.core.errors import Problem
from focusapp.core.models import Block
from focusapp.core.planner import Proposal
from focusapp.core.text import fill
from focusapp.flows.shell import Shell
from focusapp.services.calendar import CalendarService
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.store.calendars import CalendarSource, source_record

PlannedBlocks = tuple[Sequence[Proposal], Sequence[Proposal]]  # proposed, accepted


class CalendarFlow(QObject):
    def __init__(self, clock: Clock, daily: DailyLoop, calendars: CalendarService, shell: Shell,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.daily = daily
        self.calendars = calendars
        self.shell = shell
        calendars.changed.connect(self.render)
        daily.changed.connect(self.render)  # a new day, another day start
        calendars.problem.connect(self.tell)
        # Today's plan for the agenda (the app hands in the planning flow's, once built).
        self.plan: Callable[[], PlannedBlocks] = lambda: ((), ())

    def meetings(self) -> tuple[Meeting, ...]:
        """Today's, in the zone the clock is in now."""
        zone = self.clock.now().tzinfo
        assert zone is not None  # the Clock's instants are aware
        return self.calendars.meetings(self.daily.today(),
                                       self.daily.settings().day_rules.day_start, zone)

    def render(self) -> None:
        self.shell.render_meetings(self.meetings())

    def tell(self, name: str, problem: Problem) -> None:
        self.shell.notify_problem(fill(self.tr("Calendar %1"), name), problem)

    def agenda(self) -> cmd.AgendaReport:
        return agenda_report(self.daily, self.meetings(), self.plan())

    def listing(self, changed: str = "") -> cmd.CalendarList:
        return calendar_list(self.calendars.sources(), self.calendars.book.refresh_minutes(),
                             self.calendars.refreshing(), changed)

    def add(self, request: cmd.AddCalendar) -> cmd.CalendarList:
        source = self.calendars.add(request.name, request.location, tuple(request.me))
        return self.listing(source.name)

    def remove(self, request: cmd.RemoveCalendar) -> cmd.CalendarList:
        return self.listing(self.calendars.remove(request.key).name)

    def refresh(self) -> cmd.CalendarList:
        self.calendars.refresh()
        return self.listing()


def agenda_report(daily: DailyLoop, meetings: Sequence[Meeting],
                  plan: PlannedBlocks = ((), ())) -> cmd.AgendaReport:
    """Today as `focusapp today` prints it: the One Thing, the meetings, the finished
    blocks, and the blocks `plan` proposes and those accepted."""
    day = daily.one_thing()
    proposed, accepted = plan
    planned = sorted([*(_planned(p, False) for p in proposed),
                      *(_planned(p, True) for p in accepted)], key=lambda p: p["start"])
    return cmd.AgendaReport(
        daily.today().isoformat(), day.one_thing if day else None,
        day.status.value if day and day.status else None,
        [_meeting(m) for m in meetings], [_block(b) for b in daily.todays_blocks()], planned)


def _planned(proposal: Proposal, accepted: bool) -> dict[str, Any]:
    return {"start": proposal.start.isoformat(), "end": proposal.end.isoformat(),
            "kind": proposal.kind.value, "role": proposal.role, "activity": proposal.activity,
            "meeting": proposal.meeting, "accepted": accepted}


def calendar_list(sources: Sequence[CalendarSource], minutes: int, refreshing: bool,
                  changed: str = "") -> cmd.CalendarList:
    return cmd.CalendarList([source_record(s) for s in sources], minutes, refreshing, changed)


def _meeting(meeting: Meeting) -> dict[str, Any]:
    return {"start": meeting.start.isoformat(), "end": meeting.end.isoformat(),
            "title": meeting.title, "busy": meeting.busy, "all_day": meeting.all_day,
            "calendar": meeting.calendar}


def _block(block: Block) -> dict[str, Any]:
    end: datetime | None = block.end
    return {"start": block.start.isoformat(), "end": end.isoformat() if end else None,
            "role": block.role, "activity": block.activity,
            "minutes": round(block.focused_minutes, 1),
            "outcome": block.outcome.value if block.outcome else None}

