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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from focusapp.core.accounts import Account, Touch
from focusapp.core.book import Book, BookWeek, with_book
from focusapp.core.days import IsoWeek
from focusapp.core.follow_ups import FollowUp
from focusapp.core.handoffs import Handoff, HandoffFigures, figures_of
from focusapp.core.history import WeekTally, recent_weeks
from focusapp.core.leads import Lead, LeadFigures
from focusapp.core.models import Block, Day, Settings, Tally
from focusapp.core.next_steps import NextStep
from focusapp.core.results import RoleResults, role_results, with_week_instruments
from focusapp.core.roles import Balance, RoleConfig
from focusapp.core.streaks import (
    Cell,
    DayMark,
    DayProgress,
    cell_of,
    daily_progress,
    role_histories,
)


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
    book: Book = field(default_factory=Book)  # accounts, touches, follow-ups (version 3)
    leads: tuple[Lead, ...] = ()  # none before version 3
    next_steps: tuple[NextStep, ...] = ()  # Field Sales' meetings' (version 3)


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
    book: Book = field(default_factory=Book)
    exported_at: datetime | None = None  # the newest export's: its follow-ups known as of then
    leads: tuple[Lead, ...] = ()
    next_steps: tuple[NextStep, ...] = ()


@dataclass(frozen=True)
class TeamRow:
    """One rep's role for the week."""

    rep: str
    role: str
    marks: tuple[DayMark, ...]  # Monday..Sunday
    met_days: int
    streak: int
    results: RoleResults
    progress: tuple[DayProgress, ...] = ()  # Monday..Sunday, what was done toward the target
    recent: tuple[WeekTally, ...] = ()  # the last weeks up to this one, oldest first


def merge_reps(exports: Iterable[Export]) -> tuple[Rep, ...]:
    """One `Rep` per profile (a file without one stands alone), merged oldest export first
    so the newest wins; reps sorted by name."""
    groups: dict[str, list[Export]] = {}
    for export in exports:
        groups.setdefault(rep_key(export), []).append(export)
    reps = [_merge(sorted(group, key=lambda e: e.exported_at)) for group in groups.values()]
    return tuple(sorted(reps, key=rep_order))


def rep_key(export: Export) -> str:
    """Which rep an export is of: its profile id; a file without one stands alone."""
    return export.profile or f"file:{export.file}"


def rep_order(rep: Rep | RepReport) -> tuple[str, str]:
    """Reps in the report: by name whatever its case, namesakes by profile id."""
    return rep.name.casefold(), rep.profile


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
               tuple(tallies.values()), tuple(handoffs.values()), _merge_books(exports),
               newest.exported_at, _merged_leads(exports), _merged_next_steps(exports))

def _merge_books(exports: Sequence[Export]) -> Book:
    """The exports' books, oldest first so the newest wins: accounts by name (case aside),
    touches and follow-ups by id."""
    accounts: dict[str, Account] = {}
    touches: dict[str, Touch] = {}
    follow_ups: dict[str, FollowUp] = {}
    for export in exports:
        accounts.update((a.key, a) for a in export.book.accounts)
        touches.update((t.id, t) for t in export.book.touches)
        follow_ups.update((f.id, f) for f in export.book.follow_ups)
    return Book(tuple(accounts.values()), tuple(touches.values()), tuple(follow_ups.values()))


def _merged_next_steps(exports: Sequence[Export]) -> tuple[NextStep, ...]:
    """A rep's next steps across their exports, one per meeting (the newest export's)."""
    steps: dict[str, NextStep] = {}
    for export in exports:
        steps.update((step.block_id, step) for step in export.next_steps)
    return tuple(steps.values())


def _merged_leads(exports: Sequence[Export]) -> tuple[Lead, ...]:
    """A rep's leads across their exports, by id (the newest export's state of each)."""
    leads: dict[str, Lead] = {}
    for export in exports:
        leads.update((lead.id, lead) for lead in export.leads)
    return tuple(leads.values())


def shared_names(reps: Iterable[Rep | RepReport]) -> frozenset[str]:
    """Names that several reps go by (their exports carry different profile ids: namesakes,
    or one rep who set FocusApp up again): the report must tell them apart by their files."""
    seen: dict[str, int] = {}
    for rep in reps:
        seen[rep.name.casefold()] = seen.get(rep.name.casefold(), 0) + 1
    return frozenset(name for name, count in seen.items() if count > 1)


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
                               rules.day_start, rep.leads, rules)
        results = with_week_instruments(results, finished, rep.next_steps, week, rules.day_start)
        results = with_book(results, rep.book, rep.roles, week, rules.day_start, as_of,
                            rep.exported_at or datetime.combine(as_of, time.max, UTC))
        for role, history in histories.items():
            marks = tuple(history.mark(d) for d in week.days)
            done = progress.get(role, {})
            rows.append(TeamRow(rep.name, role, marks,
                                sum(m is DayMark.MET for m in marks),
                                history.current, results[role],
                                tuple(done.get(d, DayProgress()) for d in week.days),
                                recent_weeks(history, week)))
    return rows


@dataclass(frozen=True)
class RepReport:
    """All the team report shows of one rep for one week: a few kilobytes where the `Rep` is
    megabytes, so a worker process that read the rep's files can send it back cheaply."""

    name: str
    profile: str
    files: tuple[str, ...]
    rows: tuple[TeamRow, ...]
    handoffs: tuple[Handoff, ...]  # sent in the week (`week_handoffs`), for `relays_of`


def rep_report(rep: Rep, week: IsoWeek, today: date) -> RepReport:
    return RepReport(rep.name, rep.profile, rep.files, tuple(team_rows([rep], week, today)),
                     week_handoffs(rep, week))


# Issue 12's instruments; empty cells for a role they do not serve.
BOOK_CSV_HEADER = ("accounts_touched", "accounts_going_cold", "follow_ups_due",
                   "follow_ups_in_time", "follow_ups_late", "follow_ups_overdue")
CSV_HEADER = ("rep", "role", "week", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
              "met_days", "streak", "counted", "last_week", "four_week_average", "funnel",
              "handoffs_sent", "on_time", "complete", "accepted", "sent_back",
              *BOOK_CSV_HEADER,
              *("leads", "leads_in_time", "leads_late", "leads_untouched",
                "lead_median_seconds"),
              "meetings", "next_steps_same_day", "hunting_minutes", "farming_minutes")


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
            handoffs.sent_back, *_book_cells(results.book), *_lead_cells(results.leads),
            results.next_steps.meetings, results.next_steps.dated_same_day,
            *_balance_cells(results.balance),
        ])
    return out.getvalue()


def _book_cells(book: BookWeek | None) -> list[object]:
    touched = book.touched if book else None
    cold = len(book.cold) if book is not None and touched is not None else None
    figures = book.follow_ups if book else None
    counts = ((figures.due, figures.in_time, figures.late, figures.overdue) if figures
              else (None,) * 4)
    return ["" if n is None else n for n in (touched, cold, *counts)]
def _balance_cells(balance: Balance | None) -> list[object]:
    """A solo seller's focused minutes hunting and farming; empty for the other roles."""
    if balance is None:
        return ["", ""]
    return [round(balance.hunting), round(balance.farming)]


def _lead_cells(figures: LeadFigures) -> list[object]:
    """Speed-to-lead: the week's leads, touched in time, late, never; the median seconds to
    a first touch (empty when none was touched)."""
    median = "" if figures.median_seconds is None else round(figures.median_seconds)
    return [figures.arrived, figures.in_time, figures.late, figures.untouched, median]


# ---- the week's grid as a manager reads it ------------------------------------------------


def team_marks(row: TeamRow) -> tuple[Cell, ...]:
    """Monday..Sunday as the grid shows them: a missed day with some work is 'partly'."""
    progress = row.progress or (DayProgress(),) * len(row.marks)
    return tuple(cell_of(mark, done) for mark, done in zip(row.marks, progress, strict=True))


# ---- handoffs between roles ---------------------------------------------------------------


@dataclass(frozen=True)
class Relay:
    """The week's handoffs from one role to one receiver (a role id, or a colleague or
    service as typed), across the team: how many were sent, and what became of them."""

    sender: str
    to: str
    figures: HandoffFigures

    @property
    def pending(self) -> int:
        """Sent and not answered yet (neither accepted nor sent back)."""
        return self.figures.sent - self.figures.answered


def team_relays(reps: Iterable[Rep], week: IsoWeek) -> tuple[Relay, ...]:
    """Every (sending role, receiver) pair with a handoff sent in `week` (each rep's day as
    that rep's settings cut it), sorted by sender then receiver (whatever its case). A
    handoff is counted once: merged reps carry each handoff id once."""
    return relays_of(handoff for rep in reps for handoff in week_handoffs(rep, week))


def week_handoffs(rep: Rep, week: IsoWeek) -> tuple[Handoff, ...]:
    """The rep's handoffs sent in `week`, each day as the rep's settings cut it."""
    first, last = week.days[0], week.days[-1]
    day_start = rep.settings.day_rules.day_start
    return tuple(h for h in rep.handoffs if first <= h.day(day_start) <= last)


def relays_of(handoffs: Iterable[Handoff]) -> tuple[Relay, ...]:
    """The handoffs grouped by (sending role, receiver), sorted as `team_relays` says."""
    pairs: dict[tuple[str, str], list[Handoff]] = {}
    for handoff in handoffs:
        pairs.setdefault((handoff.role, handoff.to), []).append(handoff)
    order = sorted(pairs, key=lambda pair: (pair[0], pair[1].casefold()))
    return tuple(Relay(sender, to, figures_of(pairs[sender, to])) for sender, to in order)


RELAYS_CSV_HEADER = ("week", "from_role", "to", "sent", "on_time", "complete", "accepted",
                     "sent_back", "pending")


def relays_csv(relays: Iterable[Relay], week: IsoWeek) -> str:
    """The handoffs between roles as a spreadsheet of their own (a second table in the team
    CSV would break its sorting and filtering): a row per sending role and receiver."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RELAYS_CSV_HEADER)
    for relay in relays:
        figures = relay.figures
        writer.writerow([str(week), relay.sender, relay.to, figures.sent, figures.on_time,
                         figures.complete, figures.accepted, figures.sent_back, relay.pending])
    return out.getvalue()
