"""The numbers of one ISO week for the weekly streak review (SPEC §9).

One function builds them from the facts; the review window, its PDF and the exports only
render what it returns, so every screen shows the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from focusapp.core.away import away_seconds
from focusapp.core.days import DayRules, IsoWeek
from focusapp.core.history import WeekTally, recent_weeks
from focusapp.core.models import AwayKind, Block, Day, Outcome, interruption_tally
from focusapp.core.roles import RoleConfig
from focusapp.core.scoring import Awesome, ScoreSum, block_awesome, block_focus_share
from focusapp.core.streaks import (
    DayMark,
    DayProgress,
    Progress,
    RoleHistory,
    RoleStreak,
    daily_progress,
    role_histories,
)

TOP_DISTRACTIONS = 5
_NOTHING = DayProgress()


class WeekState(StrEnum):
    NORMAL = "normal"
    EMPTY = "empty"  # no block and no One Thing this week
    ALL_OFF = "all_off"  # no working day this week
    FUTURE = "future"  # the week has not started


@dataclass(frozen=True)
class RoleWeek:
    """One role's week in the review: its days, streak and progress."""
    role: str
    marks: tuple[DayMark, ...]  # Monday..Sunday
    met_days: int
    streak: RoleStreak  # as of the week's last day (or today, for the running week)
    progress: tuple[DayProgress, ...]  # Monday..Sunday: what was done toward the target
    tracked_from: date  # the first day the role counts (`streaks.taken_up`)
    recent: tuple[WeekTally, ...] = ()  # the last weeks up to this one (history.recent_weeks)


@dataclass(frozen=True)
class WeekReview:
    """The numbers of one week's review, for every role."""
    week: IsoWeek
    state: WeekState
    roles: tuple[RoleWeek, ...]
    minutes: Mapping[date, Mapping[str, float]]  # focused minutes per day per role
    awesome: Mapping[date, ScoreSum]
    one_thing_done: int
    one_thing_set: int
    average_energy: float | None  # 1..5, None without blocks
    average_focus: float | None  # share of focused time not distracted, 0..1
    top_distractions: tuple[tuple[str, float], ...]  # (app or site, seconds), most first
    interruptions: tuple[tuple[str, int], ...]  # (kind or words, times), most first
    abandoned: int
    blocks: tuple[Block, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return self.week.days

    def away_minutes(self, kind: AwayKind | None = None) -> float:
        """Minutes away from the desk during the week's blocks (of one kind, or all)."""
        return sum(away_seconds(b, kind) for b in self.blocks) / 60.0

    @property
    def total_awesome(self) -> float:
        return sum(s.value for s in self.awesome.values())

    @property
    def total_minutes(self) -> float:
        return sum(sum(per_role.values()) for per_role in self.minutes.values())


def score_blocks(
    blocks: Sequence[Block],
    roles: Sequence[RoleConfig],
    histories: Mapping[str, RoleHistory],
    rules: DayRules,
) -> dict[date, ScoreSum]:
    """Each finished block's Awesome, summed per local day, with the role's consistency
    as it stood before that day."""
    by_role = {c.role.value: c for c in roles}
    parts: dict[date, list[Awesome]] = defaultdict(list)
    # A week's hundred blocks share a few roles, activities and days: each is asked once.
    keyed: dict[tuple[str, str | None], bool] = {}
    consistency: dict[tuple[str, date], float] = {}
    for block in blocks:
        if not block.finished:
            continue
        day = block.day(rules.day_start)
        activity = (block.role, block.activity)
        if activity not in keyed:
            config = by_role.get(block.role)
            keyed[activity] = bool(config and config.is_key_activity(block.activity))
        if (block.role, day) not in consistency:
            history = histories.get(block.role)
            consistency[(block.role, day)] = history.consistency_before(day) if history else 0.0
        parts[day].append(block_awesome(block, key_activity=keyed[activity],
                                        consistency=consistency[(block.role, day)]))
    return {day: ScoreSum(tuple(p)) for day, p in parts.items()}


def finished_in_week(blocks: Iterable[Block], week: IsoWeek, day_start: time
                     ) -> tuple[Block, ...]:
    """The finished blocks whose local day is in `week`, from the whole history. A block's
    local day is its start date or the day before (day start): a cheap date test first
    keeps the exact one for the few blocks near the week."""
    first, last = week.days[0], week.days[-1]
    near = (first - timedelta(days=1), last + timedelta(days=1))
    return tuple(b for b in blocks
                 if b.finished and near[0] <= b.start.date() <= near[1]
                 and first <= b.day(day_start) <= last)


def week_review(
    week: IsoWeek,
    blocks: Sequence[Block],
    days: Sequence[Day],
    roles: Sequence[RoleConfig],
    rules: DayRules,
    since: date,
    today: date,
    freezes_enabled: bool = True,
    *,
    progress: Progress | None = None,
) -> WeekReview:
    """Everything the review shows for `week`. `blocks` and `days` are the whole history
    (streaks need it); only the week's own are summed. `progress` (see `role_histories`)
    spares the pass over the whole history when the caller already made it."""
    week_days = week.days
    as_of = min(today, week_days[-1])
    if progress is None:
        progress = daily_progress(blocks, days, roles, rules.day_start)
    histories = role_histories(roles, blocks, days, rules, since, as_of, freezes_enabled,
                               progress=progress)
    in_week = finished_in_week(blocks, week, rules.day_start)
    week_day_records = [d for d in days if week_days[0] <= d.day <= week_days[-1]]

    minutes: dict[date, dict[str, float]] = {d: {} for d in week_days}
    for block in in_week:
        per_role = minutes[block.day(rules.day_start)]
        per_role[block.role] = per_role.get(block.role, 0.0) + block.focused_minutes

    role_weeks = tuple(
        RoleWeek(
            role=role,
            marks=tuple(history.mark(d) for d in week_days),
            met_days=sum(1 for d in week_days if history.mark(d) is DayMark.MET),
            streak=history.summary(),
            progress=tuple(progress.get(role, {}).get(d, _NOTHING) for d in week_days),
            tracked_from=history.since,
            recent=recent_weeks(history, week),
        )
        for role, history in histories.items()
    )
    return WeekReview(
        week=week,
        state=_state(week_days, today, rules, in_week, week_day_records),
        roles=role_weeks,
        minutes=minutes,
        awesome=score_blocks(in_week, roles, histories, rules),
        one_thing_done=sum(1 for d in week_day_records if d.one_thing_done),
        one_thing_set=sum(1 for d in week_day_records if d.one_thing),
        average_energy=_mean([b.energy for b in in_week]),
        average_focus=focus_of(in_week),
        top_distractions=_top_distractions(in_week),
        interruptions=interruption_tally(i for b in in_week for i in b.interruptions),
        abandoned=sum(1 for b in in_week if b.outcome is Outcome.ABANDONED),
        blocks=in_week,
    )


def _state(
    week_days: tuple[date, ...],
    today: date,
    rules: DayRules,
    blocks: Sequence[Block],
    days: Sequence[Day],
) -> WeekState:
    if week_days[0] > today:
        return WeekState.FUTURE
    if not blocks and not any(d.one_thing for d in days):
        if not any(rules.is_working_day(d) for d in week_days):
            return WeekState.ALL_OFF
        return WeekState.EMPTY
    return WeekState.NORMAL


def focus_of(blocks: Sequence[Block]) -> float | None:
    """The share of the week's focused time not lost to distraction: each block's share
    weighted by its focused time, so a 30-second block weighs as little as it lasted."""
    focused = [(b.focused_seconds(), b) for b in blocks]
    total = sum(seconds for seconds, _ in focused)
    if total <= 0:
        return None
    kept = sum(seconds * block_focus_share(b) for seconds, b in focused)
    return kept / total


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _top_distractions(blocks: Sequence[Block]) -> tuple[tuple[str, float], ...]:
    total: defaultdict[str, float] = defaultdict(float)
    for block in blocks:
        for target, seconds in block.distraction.by_target.items():
            total[target] += seconds
    ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:TOP_DISTRACTIONS])
