"""The day's plan on the Today window (issue 13): the meetings, what the planner proposes
(accepted or skipped in one click), the blocks accepted and finished, and the free time.

An accepted proposal stays where it was proposed and is started with one click ("Start");
a skipped one is not proposed again that day (`store.plans`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from focusapp.core.models import Block
from focusapp.core.planner import (
    HELD_ACTIVITY,
    Proposal,
    free_slots,
    held_meetings,
    plan_day,
    plan_rules,
    role_with,
)
from focusapp.core.schedule import occurrences
from focusapp.core.scoring import block_awesome
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import Shell
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import FocusTimer, StartRequest, TimerState
from focusapp.store.plans import PlanDecisions

if TYPE_CHECKING:
    from focusapp.core.calendar import Meeting
    from focusapp.flows.blocks import BlocksFlow

REPLAN_MS = 60_000  # the plan moves with the clock: what is past is no longer proposed


@dataclass(frozen=True)
class PlanView:
    """The day as the timeline shows it; every instant in the user's zone."""

    now: datetime
    meetings: tuple[Meeting, ...] = ()
    proposed: tuple[Proposal, ...] = ()  # to accept or skip
    accepted: tuple[Proposal, ...] = ()  # to start
    finished: tuple[tuple[Block, float], ...] = ()  # today's blocks and their Awesome
    free: tuple[tuple[datetime, datetime], ...] = ()
    # Meetings the calendar says were held today and the "meetings held" count lacks: one
    # tap counts them (Field Sales; 0: nothing to confirm).
    held_to_count: int = 0


def day_plan(daily: DailyLoop, decisions: PlanDecisions, meetings: Sequence[Meeting],
             now: datetime) -> tuple[tuple[Proposal, ...], tuple[Proposal, ...]]:
    """Today's proposals from `now` on, and the ones the user accepted (the app's and
    `focusapp today`'s with no app running)."""
    zone = now.tzinfo
    assert zone is not None  # the Clock's instants are aware
    day = daily.today()
    decided = decisions.of_day(day)
    proposed = plan_day(day, now, zone, meetings, daily.roles(), daily.todays_blocks(),
                        plan_rules(daily.settings()), decided.accepted, decided.skipped,
                        scheduled_today(daily, zone))
    return proposed, decided.accepted


def scheduled_today(daily: DailyLoop, zone: tzinfo) -> list[tuple[datetime, datetime,
                                                                   str | None]]:
    """Today's blocks that start by themselves (Settings → Scheduled blocks): start, end and
    activity, which the plan keeps clear."""
    settings, day = daily.settings(), daily.today()
    return [(o.start, o.start + timedelta(minutes=o.entry.minutes), o.entry.activity)
            for o in occurrences(settings.scheduled_blocks, day, day, settings.day_rules, zone)]


class PlanningFlow(QObject):
    def __init__(self, clock: Clock, daily: DailyLoop, timer: FocusTimer, blocks: BlocksFlow,
                 decisions: PlanDecisions, shell: Shell,
                 meetings: Callable[[], Sequence[Meeting]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock, self.daily, self.timer, self.blocks = clock, daily, timer, blocks
        self.decisions, self.shell, self.meetings = decisions, shell, meetings
        daily.changed.connect(self.render)
        timer.state_changed.connect(self.render)
        self._tick = QTimer(self)
        self._tick.setInterval(REPLAN_MS)
        self._tick.timeout.connect(self.render)
        self._tick.start()

    def view(self) -> PlanView:
        now = self.clock.now()
        zone = now.tzinfo
        assert zone is not None  # the Clock's instants are aware
        meetings = tuple(self.meetings())
        busy_until = self._busy_until(now)
        proposed, accepted = day_plan(self.daily, self.decisions, meetings, busy_until)
        finished = self.daily.todays_blocks()
        taken = [(p.start, p.end) for p in (*proposed, *accepted)]
        taken += [(b.start, b.end) for b in finished if b.end is not None]
        taken += [(start, end) for start, end, _ in scheduled_today(self.daily, zone)]
        return PlanView(now, meetings, proposed, accepted, self._scored(finished),
                        free_slots(self.daily.today(), busy_until, zone, meetings, taken,
                                   plan_rules(self.daily.settings())),
                        self._held_to_count(meetings, now))

    def planned(self) -> tuple[tuple[Proposal, ...], tuple[Proposal, ...]]:
        """The day's proposed and accepted blocks (`focusapp today`)."""
        return day_plan(self.daily, self.decisions, self.meetings(),
                        self._busy_until(self.clock.now()))

    def _busy_until(self, now: datetime) -> datetime:
        """Nothing is proposed before the running block (or break) ends."""
        if self.timer.state is TimerState.IDLE:
            return now
        return now + timedelta(seconds=self.timer.remaining_seconds())

    def _held_to_count(self, meetings: Sequence[Meeting], now: datetime) -> int:
        role = role_with(self.daily.roles(), HELD_ACTIVITY)
        if role is None:
            return 0
        counted = self.daily.counted_today(role, HELD_ACTIVITY)
        block = self.timer.block
        if block is not None and (block.role, block.activity) == (role, HELD_ACTIVITY):
            counted += block.count or 0
        return max(0, held_meetings(meetings, now) - counted)

    def count_held(self) -> None:
        """Confirm the meetings held from the calendar: counted as a tally, once."""
        role = role_with(self.daily.roles(), HELD_ACTIVITY)
        missing = self.view().held_to_count
        if role is not None and missing:
            guarded(self.shell, lambda: self.daily.tally(role, HELD_ACTIVITY, missing))
        self.render()

    def _scored(self, blocks: Sequence[Block]) -> tuple[tuple[Block, float], ...]:
        today = (self.daily.today_view() if self.daily.history_loaded
                 else self.daily.partial_today_view())
        scored = []
        for block in blocks:
            config = self.daily.role(block.role)
            streak = today.streaks.get(block.role)
            score = block_awesome(block, key_activity=bool(
                config and config.is_key_activity(block.activity)),
                consistency=streak.consistency if streak else 0.0)
            scored.append((block, score.value))
        return tuple(scored)

    def render(self) -> None:
        self.shell.render_plan(self.view())

    def _find(self, key: str) -> Proposal | None:
        view = self.view()
        return next((p for p in (*view.proposed, *view.accepted) if p.key == key), None)

    def accept(self, key: str) -> None:
        proposal = self._find(key)
        if proposal is not None:
            self.decisions.accept(self.daily.today(), proposal)
        self.render()

    def skip(self, key: str) -> None:
        self.decisions.skip(self.daily.today(), key)
        self.render()

    def start(self, key: str) -> None:
        """The accepted block, started now for its length (its role and activity)."""
        proposal = self._find(key)
        if proposal is None:
            return
        request = StartRequest(minutes=max(5, proposal.minutes), role=proposal.role,
                               activity=proposal.activity)
        guarded(self.shell, lambda: self.blocks.start(request))

    def answer(self, key: str, what: str) -> None:
        """A click in the timeline: "accept", "skip" or "start" a proposal, or
        "count_held" (no key)."""
        if what == "count_held":
            self.count_held()
            return
        {"accept": self.accept, "skip": self.skip, "start": self.start}[what](key)
