"""Streaks, freezes, consistency, strength and weekly role streaks, per role (SPEC §8).

Everything is derived from stored facts (blocks and days) each time it is needed: nothing
here is a counter that could drift. The walk is linear in the number of days tracked, so
five years of history stay far below a frame's time.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from enum import StrEnum
from itertools import accumulate, pairwise
from typing import Any, NamedTuple

from focusapp.core.days import DayRules, iter_days
from focusapp.core.models import Block, Day, Tally
from focusapp.core.roles import DailyTarget, RoleConfig
from focusapp.core.summary import MICROS_PER_MINUTE, DayTotal, summarize

CONSISTENCY_WINDOW = 28  # working days
FREEZE_EVERY = 10  # met working days earn one freeze
FREEZES_HELD_MAX = 2
STRENGTH_MEMORY = 0.5 ** (1 / 13)  # m: a day's weight halves after 13 working days
WEEKLY_BAR = 4  # met days in a normal week


class DayMark(StrEnum):
    MET = "met"
    MISSED = "missed"
    FROZEN = "frozen"  # missed, but a freeze kept the streak alive
    OFF = "off"  # not a working day, or a day off
    PENDING = "pending"  # today, target not met yet: today is not over
    FUTURE = "future"
    UNTRACKED = "untracked"  # before the user started


@dataclass(frozen=True)
class DayProgress:
    """What a role did on one day, summed from its finished blocks and its tallies."""

    minutes: float = 0.0  # focused minutes on the role's key activities
    count: int = 0  # every count: entered at block ends, and tallied between blocks
    one_thing_done: bool = False  # the day's One Thing belongs to this role and is done
    # The count split by metric (touches, conversations…); a count on an activity without
    # a metric is in `count` only.
    by_metric: Mapping[str, int] = field(default_factory=dict)


def with_count(progress: DayProgress, count: int, metric: str | None) -> DayProgress:
    """`progress` and `count` more (of `metric`): a running block's count, shown with the
    day's before the block is finished."""
    by_metric = dict(progress.by_metric)
    if metric is not None:
        by_metric[metric] = by_metric.get(metric, 0) + count
    return replace(progress, count=progress.count + count, by_metric=by_metric)


class Cell(StrEnum):
    """A day as the grids show it (the review, the history, the team report): its mark, with
    a missed day that saw some work told apart from a day with none (a manager reads
    'partly' differently from 'missed')."""

    MET = "met"
    PARTLY = "partly"
    MISSED = "missed"
    FROZEN = "frozen"
    OFF = "off"
    PENDING = "pending"
    FUTURE = "future"
    UNTRACKED = "untracked"


def cell_of(mark: DayMark, progress: DayProgress | None) -> Cell:
    """Partly: missed, with at least a minute on the role's key activities or one count."""
    if progress is None:
        return Cell(mark.value)
    if mark is DayMark.MISSED and (progress.minutes >= 1 or progress.count > 0):
        return Cell.PARTLY
    return Cell(mark.value)


def target_met(progress: DayProgress, target: DailyTarget) -> bool:
    """Every part of the target the user set is met (or the role's One Thing is done)."""
    return bool(met_days({date.min: progress}, target))


def met_days(progress: Mapping[date, DayProgress], target: DailyTarget) -> set[date]:
    """The days whose progress meets `target` (`target_met`), judged in one pass: the walk
    judges five years of days at every review from scratch."""
    minutes, count, per_metric = target.minutes, target.count, target.per_metric
    return {day for day, done in progress.items()
            if done.one_thing_done
            or ((minutes is None or done.minutes >= minutes)
                and (count is None or done.count >= count)
                and (not per_metric or all(done.by_metric.get(metric, 0) >= n
                                           for metric, n in per_metric)))}


def daily_progress(
    blocks: Iterable[Block],
    days: Iterable[Day],
    roles: Sequence[RoleConfig],
    day_start: time,
    tallies: Iterable[Tally] = (),
) -> dict[str, dict[date, DayProgress]]:
    """Per role id, per local day: the progress toward the daily target. Counts are those
    of finished blocks plus those tallied between blocks, on key activities only."""
    return progress_of(summarize(blocks, day_start), days, roles, tallies)


KeyMetrics = Mapping[str, Mapping[str | None, str | None]]  # role -> key activity -> metric
Counts = Mapping[str | None, int]  # by metric; None: a count on an activity with no metric


class KeyTotals(NamedTuple):
    """The key activities' totals of some summary rows (a month's), per role and day."""

    raw: Mapping[tuple[str, date], tuple[int, Counts | None]]  # microseconds, counts
    progress: Mapping[str, Mapping[date, DayProgress]]  # role -> day -> the rows' progress


def key_metrics(roles: Sequence[RoleConfig]) -> dict[str, dict[str | None, str | None]]:
    """Per role, its key activities and each one's metric: what decides which summary rows
    count toward a target."""
    metrics: dict[str, dict[str | None, str | None]] = {}
    for config in roles:
        for activity in config.activities:
            if activity.key:
                metrics.setdefault(config.role.value, {})[activity.id] = activity.metric
    return metrics


def key_totals(totals: Iterable[DayTotal], metrics: KeyMetrics) -> KeyTotals:
    """The summary rows of key activities added up per role and day, and the progress they
    make alone. A month's are made once and kept with its summary (store.summaries): five
    years are 10,000 rows, and the walk over them was most of a review from scratch."""
    slots: dict[tuple[str, date], list[Any]] = {}  # [microseconds, counts by metric or None]
    for day, role, activity, micros, counted, _ in totals:
        of_role = metrics.get(role)
        if of_role is None or activity not in of_role:
            continue
        slot = slots.get((role, day))
        if slot is None:
            slot = slots[(role, day)] = [0, None]
        slot[0] += micros
        if counted:
            metric = of_role[activity]
            by_metric = slot[1]
            if by_metric is None:
                slot[1] = {metric: counted}
            else:  # made here, not shared yet
                by_metric[metric] = by_metric.get(metric, 0) + counted
    return key_totals_of({key: (micros, counts) for key, (micros, counts) in slots.items()})


def key_totals_of(raw: Mapping[tuple[str, date], tuple[int, Counts | None]]) -> KeyTotals:
    """The key totals of these sums per role and day: each day's progress made from them
    (a month's rows added up, or the whole history's sums as the store kept them)."""
    progress: dict[str, dict[date, DayProgress]] = {}
    for (role, day), (micros, by_metric) in raw.items():
        progress.setdefault(role, {})[day] = _progress_of(micros, by_metric, False)
    return KeyTotals(raw, progress)


def without_days(part: KeyTotals, days: Collection[date]) -> KeyTotals:
    """`part` with nothing of `days` (their totals are made again from their blocks)."""
    if not any(day in days for _, day in part.raw):
        return part
    return KeyTotals({key: v for key, v in part.raw.items() if key[1] not in days},
                     {role: {day: p for day, p in progress.items() if day not in days}
                      for role, progress in part.progress.items()})


def _added(counts: Counts | None, more: Counts) -> dict[str | None, int]:
    """New counts by metric: `counts` (never changed: it may be a kept month's) and `more`."""
    added = dict(counts) if counts else {}
    for metric, n in more.items():
        added[metric] = added.get(metric, 0) + n
    return added


def progress_of(
    totals: Iterable[DayTotal],
    days: Iterable[Day],
    roles: Sequence[RoleConfig],
    tallies: Iterable[Tally] = (),
) -> dict[str, dict[date, DayProgress]]:
    """`daily_progress` from the blocks' daily summary (core.summary) instead of the blocks:
    what the app does, so that five years of blocks need not be decoded."""
    return progress_of_parts((key_totals(totals, key_metrics(roles)),), days, roles, tallies)


def merged_key_totals(parts: Sequence[KeyTotals]) -> KeyTotals:
    """The key totals of several parts (months) as one: a day in two parts (a block just
    after midnight, before the day start, counts for the previous month's last day) is
    added up and its progress made again; every other day's progress is taken as it is."""
    if len(parts) == 1:
        return parts[0]
    raw: dict[tuple[str, date], tuple[int, Counts | None]] = {}
    progress: dict[str, dict[date, DayProgress]] = {}
    both: dict[tuple[str, date], list[Any]] = {}  # [microseconds, counts] of a day in two
    for part in parts:
        for key in part.raw.keys() & raw.keys():
            micros, counts = part.raw[key]
            slot = both.get(key)
            if slot is None:
                slot = both[key] = list(raw[key])
            slot[0] += micros
            if counts:
                slot[1] = _added(slot[1], counts)
        raw.update(part.raw)
        for role, per_day in part.progress.items():
            progress.setdefault(role, {}).update(per_day)
    for (role, day), (micros, by_metric) in both.items():
        raw[(role, day)] = (micros, by_metric)
        progress[role][day] = _progress_of(micros, by_metric, False)
    return KeyTotals(raw, progress)


def progress_of_parts(
    parts: Sequence[KeyTotals],
    days: Iterable[Day],
    roles: Sequence[RoleConfig],
    tallies: Iterable[Tally] = (),
) -> dict[str, dict[date, DayProgress]]:
    """`progress_of` from the key totals of each month (`key_totals`, made with these
    roles' `key_metrics`), or of the whole history (`merged_key_totals`). Their progress is
    taken as it is, except on the days whose progress is made again: a day with a tally,
    and a day whose One Thing is done."""
    whole = merged_key_totals(parts)
    result = {config.role.value: dict(whole.progress.get(config.role.value, {}))
              for config in roles}  # a copy: `whole` may be the store's, kept
    again: dict[tuple[str, date], list[Any]] = {}  # [microseconds, counts] made again

    def slot(key: tuple[str, date]) -> list[Any]:
        found = again.get(key)
        if found is None:
            found = again[key] = list(whole.raw.get(key, (0, None)))
        return found

    metrics = key_metrics(roles)
    for tally in tallies:
        of_role = metrics.get(tally.role)
        if tally.count and of_role is not None and tally.activity in of_role:
            counted = slot((tally.role, tally.day))
            counted[1] = _added(counted[1], {of_role[tally.activity]: tally.count})
    done = {(record.role, record.day) for record in days if record.one_thing_done and record.role}
    for (role, day), (micros, by_metric) in again.items():
        per_role = result.get(role)
        if per_role is not None:
            per_role[day] = _progress_of(micros, by_metric, (role, day) in done)
    for role, day in done.difference(again):
        per_role = result.get(role)
        if per_role is not None:
            per_role[day] = _done(per_role.get(day))
    return result


def _done(progress: DayProgress | None) -> DayProgress:
    """`progress` (None: nothing) with the role's One Thing done."""
    if progress is None:
        return _progress(0.0, 0, True, {})
    made: DayProgress = object.__new__(DayProgress)
    made.__dict__.update(progress.__dict__, one_thing_done=True)
    return made


def _progress_of(micros: int, by_metric: Counts | None, done: bool) -> DayProgress:
    return _progress(
        micros / MICROS_PER_MINUTE, sum(by_metric.values()) if by_metric else 0, done,
        {m: n for m, n in by_metric.items() if m is not None and n} if by_metric else {})


def _progress(minutes: float, count: int, done: bool, by_metric: dict[str, int]) -> DayProgress:
    """A DayProgress without the frozen dataclass's constructor (one object.__setattr__ per
    field): four times faster, and a review from scratch makes thousands of them."""
    made: DayProgress = object.__new__(DayProgress)
    made.__dict__.update(minutes=minutes, count=count, one_thing_done=done,
                         by_metric=by_metric)
    return made


Progress = Mapping[str, Mapping[date, DayProgress]]  # role id -> day -> progress


@dataclass(frozen=True)
class RoleStreak:
    """A role's streak numbers as of one day."""

    role: str
    current: int
    best: int
    consistency: float  # share of the last 28 working days (before `as_of`) met, in [0, 1]
    strength: float  # in [0, 1]
    weekly: int  # consecutive ISO weeks meeting the weekly bar
    freezes_held: int
    freezes_earned: int
    freezes_used: int
    today_met: bool
    marks: Mapping[date, DayMark] = field(repr=False, compare=False, default_factory=dict)


class Calendar(NamedTuple):
    """Read only: the roles walked together share it, and a history keeps its working days."""

    days: list[date]  # every day from the first to the last
    working: list[date]  # its working days


def working_calendar(rules: DayRules, first: date, last: date) -> Calendar:
    """The days from `first` to `last` and their working days."""
    return Calendar(list(iter_days(first, last)), list(rules.working_days(first, last)))


class RoleHistory:
    """The working-day timeline of one role from `since` to `as_of`, walked once."""

    def __init__(
        self,
        role: str,
        target: DailyTarget,
        progress: Mapping[date, DayProgress],
        rules: DayRules,
        since: date,
        as_of: date,
        freezes_enabled: bool = True,
        *,
        calendar: Calendar | None = None,  # of these rules, `since` and `as_of`: shared
    ) -> None:
        self.role = role
        self.rules = rules
        self.since = since
        self.as_of = as_of
        self.marks: dict[date, DayMark] = {}
        self._working: list[date] = []  # past working days (today excluded), oldest first
        self._met_prefix: list[int] = [0]  # _met_prefix[i] = met days among _working[:i]
        self.current = self.best = 0
        self.freezes_held = self.freezes_earned = self.freezes_used = 0
        self.strength = 0.0
        self.strength_after: dict[date, float] = {}  # each judged day (met, missed, frozen)
        self.today_met = False
        self._walk(target, progress, freezes_enabled,
                   calendar or working_calendar(rules, since, as_of))

    def _walk(self, target: DailyTarget, progress: Mapping[date, DayProgress], freezes: bool,
              calendar: Calendar) -> None:
        # Five years are 1,800 days per role at every review from scratch: the days are
        # judged in bulk (a calendar shared by the roles, one set of the days met), and
        # the streak's rules run once per missed day, a run of met days added up at once.
        if not calendar.days:
            return
        # A target always asks for something (DailyTarget refuses an empty one): a day with
        # no progress never meets it.
        mets = list(map(met_days(progress, target).__contains__, calendar.working))
        judged, pending = calendar.working, False
        if judged and judged[-1] == self.as_of:  # today: if not met yet, it is not over
            self.today_met = mets[-1]
            self._working, past = judged[:-1], mets[:-1]
            if not self.today_met:
                judged, mets, pending = self._working, past, True
        else:
            self._working, past = judged, mets
        self._met_prefix = list(accumulate(past, initial=0))
        keep, gain = STRENGTH_MEMORY, 1 - STRENGTH_MEMORY
        strength, strengths = self.strength, []
        for met in mets:
            strength = strength * keep + gain * met
            strengths.append(strength)
        self.strength, self.strength_after = strength, dict(zip(judged, strengths, strict=True))
        verdicts = self._streak(mets, freezes)
        marks = self.marks = dict.fromkeys(calendar.days, DayMark.OFF)
        marks.update(zip(judged, verdicts, strict=True))
        if pending:
            marks[self.as_of] = DayMark.PENDING

    def _streak(self, mets: Sequence[bool], freezes: bool) -> list[DayMark]:
        """Each judged day's mark, and the streak's numbers after them: between two missed
        days, a run of met days extends the streak and earns a freeze per 10 met days in
        all (at most 2 held); a missed day spends a freeze, or ends the streak."""
        verdicts = [DayMark.MET if met else DayMark.MISSED for met in mets]
        current = best = met_total = held = earned = used = 0
        previous = -1
        for missed in [*(i for i, met in enumerate(mets) if not met), len(mets)]:
            run = missed - previous - 1
            previous = missed
            if run:
                current += run
                best = max(best, current)
                if freezes:
                    crossed = ((met_total + run) // FREEZE_EVERY
                               - met_total // FREEZE_EVERY)
                    gained = min(crossed, FREEZES_HELD_MAX - held)
                    held, earned = held + gained, earned + gained
                met_total += run
            if missed == len(mets):
                break
            if freezes and held > 0:
                verdicts[missed] = DayMark.FROZEN
                held, used = held - 1, used + 1
            else:
                current = 0
        self.current, self.best = current, best
        self.freezes_held, self.freezes_earned, self.freezes_used = held, earned, used
        return verdicts

    def consistency_before(self, day: date) -> float:
        """Share of the 28 working days before `day` that met the target (untracked = not met)."""
        end = bisect.bisect_left(self._working, day)
        start = max(0, end - CONSISTENCY_WINDOW)
        return (self._met_prefix[end] - self._met_prefix[start]) / CONSISTENCY_WINDOW

    def mark(self, day: date) -> DayMark:
        if day > self.as_of:
            return DayMark.FUTURE
        if day < self.since:
            return DayMark.OFF if not self.rules.is_working_day(day) else DayMark.UNTRACKED
        return self.marks[day]

    def weekly_streak(self) -> int:
        """Consecutive ISO weeks, up to `as_of`, meeting the weekly bar (SPEC §8)."""
        if self.since > self.as_of:
            return 0
        normal = max(1, len(self.rules.working_weekdays))
        bars = [min(n, max(1, math.floor(WEEKLY_BAR * n / normal + 0.5))) for n in range(8)]
        working, met_prefix = self._working, self._met_prefix
        # The judged past working days of each week are a slice of `_working`, from its
        # Monday's bisection to the next one's (five years are 260 weeks at every review:
        # one bisection a week, no pass over the days).
        first = self.since - timedelta(days=self.since.weekday())
        last = self.as_of - timedelta(days=self.as_of.weekday())
        mondays = map(date.fromordinal, range(first.toordinal(), last.toordinal() + 8, 7))
        bounds = [bisect.bisect_left(working, monday) for monday in mondays]
        streak = 0
        for start, end in pairwise(bounds[:-1]):  # the weeks before the running one
            if end > start:
                streak = streak + 1 if met_prefix[end] - met_prefix[start] >= bars[
                    end - start] else 0
        # The running week: its past days, today (not in `_working`) and the days to come.
        # It does not break the streak yet.
        start, end = bounds[-2], bounds[-1]
        today = self.marks[self.as_of]
        ahead = sum(1 for _ in self.rules.working_days(self.as_of + timedelta(days=1),
                                                       last + timedelta(6)))
        available = end - start + (today is not DayMark.OFF) + ahead
        met = met_prefix[end] - met_prefix[start] + (today is DayMark.MET)
        if available and met >= bars[available]:
            streak += 1
        return streak

    def summary(self) -> RoleStreak:
        return RoleStreak(
            role=self.role,
            current=self.current,
            best=self.best,
            consistency=self.consistency_before(self.as_of),
            strength=self.strength,
            weekly=self.weekly_streak(),
            freezes_held=self.freezes_held,
            freezes_earned=self.freezes_earned,
            freezes_used=self.freezes_used,
            today_met=self.today_met,
            marks=self.marks,
        )


def role_histories(
    roles: Sequence[RoleConfig],
    blocks: Iterable[Block],
    days: Sequence[Day],
    rules: DayRules,
    since: date,
    as_of: date,
    freezes_enabled: bool = True,
    *,
    progress: Progress | None = None,
) -> dict[str, RoleHistory]:
    """The history of every role the user holds (enabled), from one pass over the blocks.

    That pass is the costly part (every block of the history); the walk over the days is
    cheap. A caller that asks again for the same facts (another week, another day) passes
    the `progress` it got from `daily_progress` the first time.
    """
    if progress is None:
        progress = daily_progress(blocks, days, roles, rules.day_start)
    calendars: dict[date, Calendar] = {}  # by first day: the roles taken up together share one
    histories = {}
    for config in roles:
        if config.enabled:
            role = config.role.value
            first = taken_up(config, progress.get(role, {}), since, as_of)
            if first not in calendars:
                calendars[first] = working_calendar(rules, first, as_of)
            histories[role] = RoleHistory(role, config.target, progress.get(role, {}), rules,
                                          first, as_of, freezes_enabled,
                                          calendar=calendars[first])
    return histories


def taken_up(config: RoleConfig, progress: Mapping[date, DayProgress], since: date,
             as_of: date) -> date:
    """The first day a role is tracked: the day the user enabled it (`config.since`), or,
    for a role held from the start, the first day anything was done for it (today if
    nothing yet). The days before were not missed: the role was not taken up yet."""
    if config.since is not None:
        return max(since, config.since)
    return max(since, min(progress, default=as_of))


def compute_all_streaks(
    roles: Sequence[RoleConfig],
    blocks: Iterable[Block],
    days: Sequence[Day],
    rules: DayRules,
    since: date,
    today: date,
    freezes_enabled: bool = True,
) -> dict[str, RoleStreak]:
    """Every enabled role's streak numbers as of `today` (the numbers every screen shows)."""
    histories = role_histories(roles, blocks, days, rules, since, today, freezes_enabled)
    return {role: history.summary() for role, history in histories.items()}
