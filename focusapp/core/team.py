"""A sales manager's team report, from the reps' exports (issue 11): no server, no account;
consent is sharing the file.

Exports are grouped by their profile id, so several weeks of one rep's exports are one rep,
merged as an import would merge them (blocks by id, days by date, tallies by day and
activity, handoffs by id; the newest export's settings and roles). Each rep's roles then get
the week's marks, streak, counts, funnel and handoffs, as the rep's own review shows them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from focusapp.core.days import IsoWeek
from focusapp.core.handoffs import Handoff
from focusapp.core.models import Block, Day, Settings, Tally
from focusapp.core.results import RoleResults, role_results
from focusapp.core.roles import RoleConfig
from focusapp.core.streaks import DayMark, daily_progress, role_histories


@dataclass(frozen=True)
class Export:
    """One rep's export file, checked: who, when, and its facts."""

    file: str
    name: str
    profile: str  # "" for a file from before version 2: grouped by its file name then
    exported_at: datetime
    settings: Settings
    roles: tuple[RoleConfig, ...]
    days: tuple[Day, ...]
    blocks: tuple[Block, ...]
    tallies: tuple[Tally, ...] = ()
    handoffs: tuple[Handoff, ...] = ()


@dataclass(frozen=True)
class Rep:
    name: str
    profile: str
    files: tuple[str, ...]
    settings: Settings
    roles: tuple[RoleConfig, ...]
    days: tuple[Day, ...]
    blocks: tuple[Block, ...]
    tallies: tuple[Tally, ...]
    handoffs: tuple[Handoff, ...]


@dataclass(frozen=True)
class TeamRow:
    """One rep's role for the week."""

    rep: str
    role: str
    marks: tuple[DayMark, ...]  # Monday..Sunday
    met_days: int
    streak: int
    results: RoleResults


def merge_reps(exports: Iterable[Export]) -> tuple[Rep, ...]:
    """One `Rep` per profile (a file without one stands alone), merged oldest export first
    so the newest wins; reps sorted by name."""
    groups: dict[str, list[Export]] = {}
    for export in exports:
        groups.setdefault(export.profile or f"file:{export.file}", []).append(export)
    reps = [_merge(sorted(group, key=lambda e: e.exported_at)) for group in groups.values()]
    return tuple(sorted(reps, key=lambda r: (r.name.casefold(), r.profile)))


def _merge(exports: Sequence[Export]) -> Rep:
    newest = exports[-1]
    blocks: dict[str, Block] = {}
    days: dict[date, Day] = {}
    tallies: dict[tuple[date, str, str], Tally] = {}
    handoffs: dict[str, Handoff] = {}
    for export in exports:
        blocks.update((b.id, b) for b in export.blocks)
        days.update((d.day, d) for d in export.days)
        tallies.update((t.key, t) for t in export.tallies)
        handoffs.update((h.id, h) for h in export.handoffs)
    return Rep(newest.name or newest.file, newest.profile, tuple(e.file for e in exports),
               newest.settings, newest.roles, tuple(days.values()), tuple(blocks.values()),
               tuple(tallies.values()), tuple(handoffs.values()))


def team_rows(reps: Iterable[Rep], week: IsoWeek, today: date) -> list[TeamRow]:
    """Every enabled role of every rep, for `week` as of `today`."""
    rows = []
    for rep in reps:
        rules = rep.settings.day_rules
        finished = [b for b in rep.blocks if b.finished]
        progress = daily_progress(finished, rep.days, rep.roles, rules.day_start, rep.tallies)
        firsts = [b.day(rules.day_start) for b in finished] + [d.day for d in rep.days]
        since = min(firsts, default=week.monday)
        as_of = min(today, week.days[-1])
        histories = role_histories(rep.roles, finished, rep.days, rules, since, as_of,
                                   rep.settings.freezes_enabled, progress=progress)
        results = role_results(week, rep.roles, progress, finished, rep.tallies, rep.handoffs,
                               rules.day_start)
        for role, history in histories.items():
            marks = tuple(history.mark(d) for d in week.days)
            rows.append(TeamRow(rep.name, role, marks,
                                sum(m is DayMark.MET for m in marks),
                                history.current, results[role]))
    return rows


CSV_HEADER = ("rep", "role", "week", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
              "met_days", "streak", "counted", "last_week", "four_week_average", "funnel",
              "handoffs_sent", "on_time", "complete", "accepted", "sent_back")


def team_csv(rows: Iterable[TeamRow], week: IsoWeek) -> str:
    """The team report as a spreadsheet: a row per rep and role; the funnel as
    'metric:count' pairs in order, separated by ';'."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        results, handoffs = row.results, row.results.handoffs
        writer.writerow([
            row.rep, row.role, str(week), *(mark.value for mark in row.marks), row.met_days,
            row.streak, results.total, results.last_week, f"{results.average:.1f}",
            ";".join(f"{step.metric}:{step.count}" for step in results.funnel),
            handoffs.sent, handoffs.on_time, handoffs.complete, handoffs.accepted,
            handoffs.sent_back,
        ])
    return out.getvalue()
