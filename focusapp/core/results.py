"""A role's sales results for a week (issue 11): what was counted each day, against last week
and the four weeks before; the funnel of its metrics (touches → conversations → meetings
booked → briefs) with the conversion between steps; its handoffs; and, for a role that
works inbound leads, its speed-to-lead (core/leads.py).

Counts are those of `streaks.daily_progress` (finished blocks and tallies between blocks, on
key activities, each counted once), so the review and the daily target never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from focusapp.core.book import BookWeek
from focusapp.core.days import DayRules, IsoWeek
from focusapp.core.handoffs import Handoff, HandoffFigures, handoff_figures
from focusapp.core.leads import Lead, LeadFigures, lead_figures
from focusapp.core.models import Block, Tally
from focusapp.core.next_steps import NextStep, NextStepFigures, next_step_figures
from focusapp.core.review import finished_in_week
from focusapp.core.roles import Balance, RoleConfig, RoleId, hunting_and_farming
from focusapp.core.streaks import DayProgress, Progress

AVERAGE_WEEKS = 4
_NOTHING = DayProgress()


@dataclass(frozen=True)
class FunnelStep:
    """One step of a role's funnel in a week, and its conversion."""
    metric: str
    count: int
    conversion: float | None  # this step over the one before, in [0, ∞); None: first, or 0

    @property
    def shown(self) -> bool:
        return self.count > 0


@dataclass(frozen=True)
class RoleResults:
    """A role's counts over one week, against the weeks before."""
    role: str
    counts: tuple[int, ...]  # Monday..Sunday
    last_week: int
    average: float  # a week, over the AVERAGE_WEEKS weeks before this one
    funnel: tuple[FunnelStep, ...]  # the role's metrics in the order of its activities
    handoffs: HandoffFigures
    book: BookWeek | None = None  # accounts and follow-ups (core.book.with_book; issue 12)
    # The week's leads of this role (by their working day: core/leads.py).
    leads: LeadFigures = field(default_factory=LeadFigures)
    # Its meetings, and those given a dated next step the same day (core/next_steps.py).
    next_steps: NextStepFigures = field(default_factory=NextStepFigures)
    # A solo seller's week of focused minutes, hunting and farming (core/roles.py).
    balance: Balance | None = None

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def recorded(self) -> bool:
        """Something was recorded for the role this week, blocks aside (a week of leads
        and counts only is not an empty week)."""
        book = self.book
        return bool(self.total or self.leads.arrived or self.handoffs.sent
                    or self.next_steps.meetings
                    or (book is not None and (book.touched or (book.follow_ups is not None
                                                               and book.follow_ups.due))))


def with_week_instruments(results: Mapping[str, RoleResults], blocks: Iterable[Block],
                          steps: Sequence[NextStep], week: IsoWeek,
                          day_start: time) -> dict[str, RoleResults]:
    """`results` with what the week's blocks say of each role's instrument (issue 12): its
    meetings and their dated next steps; a solo seller's hunting and farming."""
    held = list(blocks)
    attached = {}
    for role, result in results.items():
        own = [b for b in held if b.role == role]
        balance = (week_balance(own, week, day_start) if role == RoleId.SOLO.value
                   else None)
        attached[role] = replace(result, balance=balance,
                                 next_steps=next_step_figures(own, steps, week, day_start))
    return attached


def week_balance(blocks: Iterable[Block], week: IsoWeek, day_start: time) -> Balance:
    """The week's finished blocks split between hunting and farming."""
    return hunting_and_farming((b.activity, b.focused_minutes)
                               for b in finished_in_week(blocks, week, day_start))


def role_results(
    week: IsoWeek,
    roles: Sequence[RoleConfig],
    progress: Progress,
    blocks: Iterable[Block],
    tallies: Iterable[Tally],
    handoffs: Iterable[Handoff],
    day_start: time,
    leads: Iterable[Lead] = (),
    rules: DayRules | None = None,
) -> dict[str, RoleResults]:
    """Per enabled role, its results for `week`. `blocks` may be the whole history or only
    the week's: only finished blocks of the week are read. `rules` (the working days) place
    each lead in its week; without them every day is a working day from `day_start`."""
    days = week.days
    leads = tuple(leads)
    lead_rules = rules or DayRules(day_start=day_start, working_weekdays=frozenset(range(7)))
    metric_counts = _metric_counts(week, roles, blocks, tallies, day_start)
    figures = handoff_figures(handoffs, days[0], days[-1], day_start)
    results = {}
    for config in roles:
        if not config.enabled:
            continue
        role = config.role.value
        per_day = progress.get(role, {})
        earlier = [_week_total(per_day, days[0] - timedelta(weeks=n))
                   for n in range(1, AVERAGE_WEEKS + 1)]
        results[role] = RoleResults(
            role=role,
            counts=tuple(per_day.get(d, _NOTHING).count for d in days),
            last_week=earlier[0],
            average=sum(earlier) / AVERAGE_WEEKS,
            funnel=_funnel(config, metric_counts.get(role, {})),
            handoffs=figures.get(role, HandoffFigures()),
            leads=lead_figures(leads, days[0], days[-1], lead_rules, role),
        )
    return results


def _week_total(per_day: Mapping[date, DayProgress], monday: date) -> int:
    return sum(per_day.get(monday + timedelta(days=i), _NOTHING).count for i in range(7))


def _metric_counts(week: IsoWeek, roles: Sequence[RoleConfig], blocks: Iterable[Block],
                   tallies: Iterable[Tally], day_start: time) -> dict[str, dict[str, int]]:
    """Per role, per metric: the week's counts of its key activities."""
    metrics = {c.role.value: {a.id: a.metric for a in c.activities if a.key and a.metric}
               for c in roles}
    first, last = week.days[0], week.days[-1]
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def add(role: str, activity: str | None, count: int | None) -> None:
        metric = metrics.get(role, {}).get(activity or "")
        if metric and count:
            counts[role][metric] += count

    for block in finished_in_week(blocks, week, day_start):
        add(block.role, block.activity, block.count)
    for tally in tallies:
        if first <= tally.day <= last:
            add(tally.role, tally.activity, tally.count)
    return counts


def _funnel(config: RoleConfig, counts: Mapping[str, int]) -> tuple[FunnelStep, ...]:
    steps: list[FunnelStep] = []
    for activity in config.activities:
        metric = activity.metric
        if not activity.key or not metric or any(s.metric == metric for s in steps):
            continue
        count = counts.get(metric, 0)
        before = steps[-1].count if steps else 0
        steps.append(FunnelStep(metric, count, count / before if before else None))
    return tuple(steps)
