"""A role's history as series for the history view (issue 17): a mark and a strength for
every day of a span, the best streak's span and the freezes, all read from one `RoleHistory`
walk (core.streaks), so the view and the streak chips can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from focusapp.core.days import IsoWeek, iter_days
from focusapp.core.streaks import DayMark, RoleHistory


@dataclass(frozen=True)
class HistoryDay:
    """One day of a role's history: its mark and the strength after it."""
    day: date
    mark: DayMark
    strength: float  # after the day; a day off, today pending or a future day keeps the last


def history_days(history: RoleHistory, first: date, last: date) -> tuple[HistoryDay, ...]:
    """Every day from `first` to `last` (both included) with its mark and the strength the
    role had at its end: strength moves only on judged days (met, missed, frozen)."""
    strength = _strength_before(history, first)
    days = []
    for day in iter_days(first, last):
        strength = history.strength_after.get(day, strength)
        days.append(HistoryDay(day, history.mark(day), strength))
    return tuple(days)


def _strength_before(history: RoleHistory, day: date) -> float:
    judged = [d for d in history.strength_after if d < day]
    return history.strength_after[max(judged)] if judged else 0.0


def best_run(history: RoleHistory) -> tuple[date, date] | None:
    """The first and last met day of the best streak (the first one, if two are as long);
    None before any met day. A frozen day keeps a run alive; a missed one ends it."""
    best: tuple[date, date] | None = None
    best_length = length = 0
    start: date | None = None
    for day in sorted(history.marks):
        mark = history.marks[day]
        if mark is DayMark.MET:
            if length == 0:
                start = day
            length += 1
            if length > best_length and start is not None:
                best_length, best = length, (start, day)
        elif mark is DayMark.MISSED:
            length = 0
    return best


def frozen_days(history: RoleHistory) -> tuple[date, ...]:
    return tuple(sorted(d for d, m in history.marks.items() if m is DayMark.FROZEN))


@dataclass(frozen=True)
class WeekTally:
    """A week of a role in one figure: met days of its judged working days."""

    week: IsoWeek
    met: int
    working: int  # met, missed or frozen; days off, before tracking, today pending: not


RECENT_WEEKS = 12


def recent_weeks(history: RoleHistory, last: IsoWeek,
                 count: int = RECENT_WEEKS) -> tuple[WeekTally, ...]:
    """The `count` weeks up to `last`, oldest first (the weekly PDF's and the team report's
    strip)."""
    judged = (DayMark.MET, DayMark.MISSED, DayMark.FROZEN)
    tallies = []
    for back in range(count - 1, -1, -1):
        week = last.shifted(-back)
        marks = [history.mark(day) for day in week.days]
        tallies.append(WeekTally(week, marks.count(DayMark.MET),
                                 sum(1 for m in marks if m in judged)))
    return tuple(tallies)
