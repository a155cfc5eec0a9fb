"""What the review window, its exports and the CLI share: the facts provider, the computed
week, and the words and symbols for core's numbers (week label, day marks, numbers).

No widgets here: the CLI imports it to export a week without opening a window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from focusapp.core.book import Book, BookWeek, with_book
from focusapp.core.days import DayRules, IsoWeek
from focusapp.core.handoffs import Handoff
from focusapp.core.leads import Lead, LeadFigures, arrivals_counting_for, lead_clock
from focusapp.core.models import AwayKind, Block, Day, Reflections, Tally
from focusapp.core.next_steps import NextStep
from focusapp.core.results import RoleResults, role_results, with_week_instruments
from focusapp.core.review import RoleWeek, WeekReview, WeekState, week_review
from focusapp.core.roles import Balance, RoleConfig
from focusapp.core.schedule import RunTally, ScheduledRun, tally_runs
from focusapp.core.streaks import Cell, DayMark, DayProgress, Progress, cell_of, daily_progress
from focusapp.core.text import fill
from focusapp.ui.day_text import number, percent, progress_line
from focusapp.ui.names import interruption_name, role_name

if TYPE_CHECKING:
    from focusapp.services.daily import DailyLoop


@dataclass(frozen=True)
class ReviewFacts:
    """A snapshot of the facts a review needs: the whole history (streaks need it), or its
    daily progress (`known_progress`) and a way to read the blocks of the week shown."""

    blocks: tuple[Block, ...]
    days: tuple[Day, ...]
    roles: tuple[RoleConfig, ...]
    rules: DayRules
    since: date
    today: date
    freezes_enabled: bool = True
    known_progress: Progress | None = None  # the caller's `daily_progress` of these facts
    tallies: tuple[Tally, ...] = ()  # counted between blocks
    handoffs: tuple[Handoff, ...] = ()
    book: Book = field(default_factory=Book)  # accounts, touches, follow-ups (issue 12)
    now: datetime | None = None  # for the follow-ups overdue; None: the end of `today`
    leads: tuple[Lead, ...] = ()  # inbound leads and their first touch
    # The leads that came in from first to last (their wall dates); None: read `leads`. The
    # app's facts hold no lead: a week's are read from its months when it is shown.
    leads_between: Callable[[date, date], Sequence[Lead]] | None = None
    next_steps: tuple[NextStep, ...] = ()  # Field Sales' meetings' dated next steps
    # The finished blocks of the days from first to last; None: read `blocks`. The app's
    # facts hold no block: a week's are decoded when it is shown (issue 15).
    blocks_between: Callable[[date, date], Sequence[Block]] | None = None
    scheduled_runs: tuple[ScheduledRun, ...] = ()  # what became of each scheduled block

    def scheduled(self, week: IsoWeek) -> RunTally:
        return tally_runs(self.scheduled_runs, week.days[0], week.days[-1])

    def week_blocks(self, week: IsoWeek) -> Sequence[Block]:
        if self.blocks_between is None:
            return self.blocks
        return self.blocks_between(week.days[0], week.days[-1])

    def week_leads(self, week: IsoWeek) -> Sequence[Lead]:
        """The leads that may count for `week` (role_results keeps the right ones)."""
        if self.leads_between is None:
            return self.leads
        return self.leads_between(*arrivals_counting_for(week.days[0], week.days[-1],
                                                         self.rules))

    def progress(self) -> Progress:
        """The one pass over the whole history (unless known); reuse it for every week."""
        if self.known_progress is not None:
            return self.known_progress
        return daily_progress(self.blocks, self.days, self.roles, self.rules.day_start,
                              self.tallies)

    def review(self, week: IsoWeek, progress: Progress | None = None) -> WeekReview:
        if progress is None:
            progress = self.progress()  # with the tallies, which week_review does not see
        return week_review(
            week,
            self.week_blocks(week),
            self.days,
            self.roles,
            self.rules,
            self.since,
            self.today,
            self.freezes_enabled,
            progress=progress,
        )

    def results(self, week: IsoWeek, progress: Progress | None = None
                ) -> dict[str, RoleResults]:
        """Each role's sales results for `week` (core/results.py)."""
        results = role_results(week, self.roles, progress or self.progress(),
                               self.week_blocks(week), self.tallies, self.handoffs,
                               self.rules.day_start, self.week_leads(week), self.rules)
        results = with_week_instruments(results, self.week_blocks(week), self.next_steps,
                                        week, self.rules.day_start)
        now = self.now or datetime.combine(self.today, time.max, UTC)
        return with_book(results, self.book, self.roles, week, self.rules.day_start,
                         self.today, now)

    @property
    def enabled_roles(self) -> tuple[str, ...]:
        return tuple(c.role.value for c in self.roles if c.enabled)


class ReflectionsRepo(Protocol):
    def get(self, week: IsoWeek) -> Reflections | None: ...

    def save(self, reflections: Reflections) -> None: ...


@dataclass(frozen=True)
class ReviewProvider:
    """The review window's context: it reads facts and saves reflections through it and
    never sees the store (a test passes plain lambdas)."""

    facts: Callable[[], ReviewFacts]
    load_reflections: Callable[[IsoWeek], Reflections | None]
    save_reflections: Callable[[Reflections], None]

    @classmethod
    def from_daily(cls, daily: DailyLoop, reviews: ReflectionsRepo,
                   leads_between: Callable[[date, date], Sequence[Lead]] | None = None,
                   book: Callable[[], Book] = Book,
                   next_steps: Callable[[], tuple[NextStep, ...]] = tuple,
                   scheduled_runs: Callable[[], tuple[ScheduledRun, ...]] = tuple,
                   ) -> ReviewProvider:
        """The app's provider: the daily loop's in-memory history, the reviews table, the
        inbound leads of a span of days (`leads_between`: `LeadsRepo.arrived_between`), the
        account book (`services.accounts.book_of`) and the meetings' next steps."""

        def facts() -> ReviewFacts:
            settings = daily.settings()
            # The review, its results and the next steps all ask for the week's blocks:
            # decoded once per snapshot (a snapshot's facts never change).
            read: dict[tuple[date, date], Sequence[Block]] = {}

            def blocks_between(first: date, last: date) -> Sequence[Block]:
                if (first, last) not in read:
                    read[(first, last)] = daily.blocks_between(first, last)
                return read[(first, last)]

            return ReviewFacts(
                blocks=(),
                days=tuple(daily.days()),
                roles=daily.roles(),
                rules=settings.day_rules,
                since=daily.since(),
                today=daily.today(),
                freezes_enabled=settings.freezes_enabled,
                known_progress=daily.progress(),
                tallies=daily.tallies(),
                handoffs=daily.handoffs(),
                book=book(),
                now=daily.now(),
                leads_between=leads_between,
                next_steps=next_steps(),
                blocks_between=blocks_between,
                scheduled_runs=scheduled_runs(),
            )

        return cls(facts=facts, load_reflections=reviews.get, save_reflections=reviews.save)


def week_label(week: IsoWeek, locale: QLocale | None = None) -> str:
    """'Week 48 · 23–29 Nov 2026' in the UI locale (the date pattern is translatable)."""
    return (
        fill(
            QCoreApplication.translate("Review", "Week %1 · %2"),
            str(week.week),
            date_range(week.days[0], week.days[-1], locale),
        )
    )


def date_range(first: date, last: date, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    # Translators: a Qt date pattern; reorder it for your language (e.g. "MMM d, yyyy").
    full = QCoreApplication.translate("Review", "d MMM yyyy", "date pattern")
    end = loc.toString(QDate(last), full)
    if (first.year, first.month) == (last.year, last.month):
        start = loc.toString(
            QDate(first),
            QCoreApplication.translate("Review", "d", "first day of a range in one month"),
        )
    elif first.year == last.year:
        start = loc.toString(
            QDate(first),
            QCoreApplication.translate("Review", "d MMM", "first day of a range in one year"),
        )
    else:
        start = loc.toString(QDate(first), full)
    return (
        fill(QCoreApplication.translate("Review", "%1–%2", "date range"), start, end)
    )


def day_header(day: date, locale: QLocale | None = None) -> str:
    """'Mon 23' in the UI locale."""
    loc = locale or QLocale()
    return f"{loc.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}"


def day_tip(day: date, shown: Cell, config: RoleConfig | None, progress: DayProgress | None,
            locale: QLocale | None = None) -> str:
    """A day's cell: 'Tue 24 · 20 / 50 min · 6 touches · partly done, target missed'."""
    parts = [day_header(day, locale)]
    if shown not in (Cell.UNTRACKED, Cell.FUTURE):
        line = progress_line(config, progress or DayProgress())
        if line:
            parts.append(line)
        if progress is not None and progress.one_thing_done:  # why a short day is met
            parts.append(QCoreApplication.translate("Review", "One Thing done"))
    parts.append(cell_name(shown))
    return QCoreApplication.translate("Review", " · ").join(parts)


def short_day(day: date, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def cells(role_week: RoleWeek) -> tuple[Cell, ...]:
    return tuple(cell_of(m, p) for m, p in zip(role_week.marks, role_week.progress, strict=True))


# A symbol each, so the grid reads without colour (and in black and white print); mid-tone
# colours that stay readable on a light and a dark background alike.
CELL_SYMBOLS: dict[Cell, str] = {
    Cell.MET: "✓",
    Cell.PARTLY: "◐",
    Cell.MISSED: "✗",
    Cell.FROZEN: "❄",
    Cell.OFF: "–",
    Cell.PENDING: "…",
    Cell.FUTURE: "",
    Cell.UNTRACKED: "·",
}

CELL_COLOURS: dict[Cell, str] = {
    Cell.MET: "#43a047",
    Cell.PARTLY: "#fb8c00",
    Cell.MISSED: "#e53935",
    Cell.FROZEN: "#1e88e5",
    Cell.OFF: "#9e9e9e",
    Cell.PENDING: "#9e9e9e",
    Cell.FUTURE: "#9e9e9e",
    Cell.UNTRACKED: "#9e9e9e",
}


def cell_name(shown: Cell) -> str:
    """A cell's meaning in full (its tooltip and its accessible name)."""
    names = {
        Cell.MET: QCoreApplication.translate("Review", "target met"),
        Cell.PARTLY: QCoreApplication.translate("Review", "partly done, target missed"),
        Cell.MISSED: QCoreApplication.translate("Review", "target missed"),
        Cell.FROZEN: QCoreApplication.translate("Review", "missed, a streak freeze was used"),
        Cell.OFF: QCoreApplication.translate("Review", "not a working day"),
        Cell.PENDING: QCoreApplication.translate("Review", "today: not met yet"),
        Cell.FUTURE: QCoreApplication.translate("Review", "still to come"),
        Cell.UNTRACKED: QCoreApplication.translate(
            "Review", "not tracked: the role was not taken up yet"),
    }
    return names[shown]


def legend() -> list[tuple[Cell, str]]:
    """The grid's legend, in reading order: each cell and its short name."""
    return [
        (Cell.MET, QCoreApplication.translate("Review", "met", "legend")),
        (Cell.PARTLY, QCoreApplication.translate("Review", "partly", "legend")),
        (Cell.MISSED, QCoreApplication.translate("Review", "missed", "legend")),
        (Cell.FROZEN, QCoreApplication.translate("Review", "frozen", "legend")),
        (Cell.OFF, QCoreApplication.translate("Review", "day off", "legend")),
        (Cell.PENDING, QCoreApplication.translate("Review", "today", "legend")),
        (Cell.UNTRACKED, QCoreApplication.translate("Review", "not tracked", "legend")),
    ]


def legend_text() -> str:
    """'✓ met  ◐ partly  ✗ missed  …': the legend as one line (the PDF, a plain label), its
    entries apart by wide spaces: a dot between them would read as the 'not tracked' one."""
    return "\u2003\u2003".join(
        fill(QCoreApplication.translate("Review", "%1 %2", "symbol and its meaning"),
             CELL_SYMBOLS[c], name) for c, name in legend())


def state_message(review: WeekReview, results: Mapping[str, RoleResults] | None = None) -> str:
    """A sentence for a week with nothing to show ('' for a normal week). A week with no
    block but with results (leads, counts, touches…) says only what it lacks."""
    if review.state is WeekState.EMPTY and any(r.recorded for r in (results or {}).values()):
        return QCoreApplication.translate("Review", "No focus block and no One Thing this week.")
    messages = {
        WeekState.EMPTY: QCoreApplication.translate(
            "Review", "Nothing was recorded this week: no focus block, no One Thing."
        ),
        WeekState.ALL_OFF: QCoreApplication.translate(
            "Review", "This whole week was off: no working day, nothing to review."
        ),
        WeekState.FUTURE: QCoreApplication.translate("Review", "This week has not started yet."),
    }
    return messages.get(review.state, "")


def roles_started_in_week(review: WeekReview) -> dict[str, date]:
    """Roles taken up in the week after its Monday: the window says so, so the blank days
    before read right."""
    first, last = review.days[0], review.days[-1]
    return {rw.role: rw.tracked_from for rw in review.roles if first < rw.tracked_from <= last}


def minutes_text(minutes: float, locale: QLocale | None = None) -> str:
    return fill(
        QCoreApplication.translate("Review", "%1 min", "minutes"),
        number(minutes, 0, locale),
    )


def summary_items(review: WeekReview, locale: QLocale | None = None) -> list[tuple[str, str]]:
    """The week's numbers as (label, value) pairs, the same in the window and the PDF."""
    energy, focus = review.average_energy, review.average_focus
    distractions = ", ".join(
        fill(
            QCoreApplication.translate("Review", "%1 (%2)", "distraction and its time"),
            target,
            minutes_text(seconds / 60, locale),
        )
        for target, seconds in review.top_distractions
    )
    return [
        (
            QCoreApplication.translate("Review", "Focused time"),
            minutes_text(review.total_minutes, locale),
        ),
        (QCoreApplication.translate("Review", "Awesome"), number(review.total_awesome, 0, locale)),
        (
            QCoreApplication.translate("Review", "One Thing done"),
            fill(
                QCoreApplication.translate("Review", "%1 of %2", "done of set"),
                str(review.one_thing_done),
                str(review.one_thing_set),
            ),
        ),
        (
            QCoreApplication.translate("Review", "Average energy"),
            fill(QCoreApplication.translate("Review", "%1 / 5"), number(energy, 1, locale))
            if energy is not None
            else "—",
        ),
        (
            QCoreApplication.translate("Review", "Average focus"),
            percent(focus, locale) if focus is not None else "—",
        ),
        (QCoreApplication.translate("Review", "Abandoned blocks"), str(review.abandoned)),
        (QCoreApplication.translate("Review", "Away from the desk"), away_text(review, locale)),
        (
            QCoreApplication.translate("Review", "Top distractions"),
            distractions or QCoreApplication.translate("Review", "none"),
        ),
        (QCoreApplication.translate("Review", "Interruptions"), interruptions_text(review)),
    ]


def scheduled_text(tally: RunTally) -> str:
    """"4 started · 1 skipped · 1 missed": the scheduled blocks of the week, honestly."""
    return fill(QCoreApplication.translate("Review", "%1 started · %2 skipped · %3 missed"),
                str(tally.started), str(tally.skipped), str(tally.missed))


def away_text(review: WeekReview, locale: QLocale | None = None) -> str:
    """The week's time away during blocks: on calls (counted) and on breaks (not)."""
    total = review.away_minutes()
    if total <= 0:
        return QCoreApplication.translate("Review", "none")
    return fill(QCoreApplication.translate("Review", "%1 (%2 on calls, %3 on breaks)"),
                minutes_text(total, locale),
                minutes_text(review.away_minutes(AwayKind.CALL), locale),
                minutes_text(review.away_minutes(AwayKind.BREAK), locale))


TOP_INTERRUPTIONS = 3


def interruptions_text(review: WeekReview) -> str:
    """'7 (Phone call 4, Colleague 2, Client 1)': the three most frequent, or 'none'."""
    tally = review.interruptions
    if not tally:
        return QCoreApplication.translate("Review", "none")
    kinds = ", ".join(
        fill(QCoreApplication.translate("Review", "%1 %2", "interruption and its count"),
             interruption_name(what), str(times))
        for what, times in tally[:TOP_INTERRUPTIONS])
    return fill(QCoreApplication.translate("Review", "%1 (%2)", "total (kinds)"),
                str(sum(times for _, times in tally)), kinds)


def role_items(role_week: RoleWeek, locale: QLocale | None = None) -> list[str]:
    """A role's numbers, in the order of `role_headers()`."""
    streak = role_week.streak
    working = sum(1 for m in role_week.marks if m in COUNTED_MARKS)
    return [
        fill(
            QCoreApplication.translate("Review", "%1 of %2", "days met of working days"),
            str(role_week.met_days),
            str(working),
        ),
        str(streak.current),
        str(streak.best),
        percent(streak.strength, locale),
        str(streak.weekly),
    ]


def role_headers() -> list[str]:
    return [
        QCoreApplication.translate("Review", "Met"),
        QCoreApplication.translate("Review", "Streak"),
        QCoreApplication.translate("Review", "Best"),
        QCoreApplication.translate("Review", "Strength"),
        QCoreApplication.translate("Review", "Weekly streak"),
    ]


COUNTED_MARKS = frozenset({DayMark.MET, DayMark.MISSED, DayMark.FROZEN, DayMark.PENDING})


# ---- sales results ------------------------------------------------------------------------


def results_items(results: Mapping[str, RoleResults],
                  locale: QLocale | None = None) -> list[tuple[str, str]]:
    """Per role, its week of results in a few lines, the same in the window and the PDF:
    counted against last week and the 4-week average, the handoffs (the funnel is drawn:
    ui/funnel.py)."""
    return [(role_name(role), "\n".join(_result_lines(result, locale)))
            for role, result in results.items()]


def _result_lines(result: RoleResults, locale: QLocale | None) -> list[str]:
    translate = QCoreApplication.translate
    lines = [fill(translate("Results", "Counted: %1 this week · last week %2 · 4-week average %3"),
                  number(result.total, 0, locale), number(result.last_week, 0, locale),
                  number(result.average, 1, locale))]
    figures = result.handoffs
    if figures.sent:
        shares = [fill(translate("Results", "%1 on time"),
                       percent(figures.on_time / figures.sent, locale)),
                  fill(translate("Results", "%1 complete"),
                       percent(figures.complete / figures.sent, locale))]
        if figures.accepted_share is not None:
            shares.append(fill(translate("Results", "%1 accepted"),
                               percent(figures.accepted_share, locale)))
        lines.append(fill(translate("Results", "Handoffs: %1 sent · %2"),
                          number(figures.sent, 0, locale), " · ".join(shares)))
    if result.leads.arrived:
        lines.append(lead_line(result.leads, locale))
    if result.book is not None:
        lines.extend(book_lines(result.book, locale))
    if result.next_steps.meetings:
        lines.append(fill(translate("Results", "Meetings held: %1 · with a dated next step "
                                               "the same day: %2"),
                          number(result.next_steps.meetings, 0, locale),
                          number(result.next_steps.dated_same_day, 0, locale)))
    if result.balance is not None:
        lines.append(week_balance_line(result.balance, locale))
    return lines


def week_balance_line(balance: Balance, locale: QLocale | None = None) -> str:
    """A solo seller's week: 'Hunting: 320 min · farming: 130 min · 71 % hunting'."""
    translate = QCoreApplication.translate
    text = fill(translate("Results", "Hunting: %1 · farming: %2"),
                minutes_text(balance.hunting, locale), minutes_text(balance.farming, locale))
    worked = balance.hunting + balance.farming
    if not worked:
        return text
    return fill(translate("Results", "%1 · %2 hunting"), text,
                percent(balance.hunting / worked, locale))


OLDEST_NAMED = 3  # the coldest accounts named in the review; the rest counted


def book_lines(book: BookWeek, locale: QLocale | None = None) -> list[str]:
    """The week's accounts touched and going cold, and its follow-ups (issue 12)."""
    translate = QCoreApplication.translate
    lines = []
    if book.touched is not None:
        text = fill(translate("Results", "Accounts touched: %1 · going cold (no touch for "
                                         "%n week(s)): %2", "", book.cold_weeks),
                    number(book.touched, 0, locale), number(len(book.cold), 0, locale))
        if book.cold:
            named = ", ".join(fill(translate("Results", "%1 (%n week(s))", "", c.silent_weeks),
                                   c.account.name) for c in book.cold[:OLDEST_NAMED])
            text = fill(translate("Results", "%1 — oldest: %2"), text, named)
        lines.append(text)
    figures = book.follow_ups
    if figures is not None and figures.due:
        lines.append(fill(translate("Results", "Follow-ups due: %1 · done in time: %2 · late: "
                                               "%3 · overdue: %4 · to come: %5"),
                          *(number(n, 0, locale) for n in (figures.due, figures.in_time,
                                                           figures.late, figures.overdue,
                                                           figures.pending))))
    elif figures is not None:
        lines.append(translate("Results", "Follow-ups due: none this week"))
    return lines


def lead_line(figures: LeadFigures, locale: QLocale | None = None) -> str:
    """'Speed to lead: 20 leads · median 2:30 to first touch · 75 % within target · 2 left
    untouched' (in the window, the PDF and the team report alike)."""
    translate = QCoreApplication.translate
    median = ("—" if figures.median_seconds is None
              else lead_clock(round(figures.median_seconds)))
    share = figures.share_in_time
    return fill(translate("Results", "Speed to lead: %n lead(s) · median %1 to first touch · "
                                     "%2 within target (%3 late) · %4 left untouched", "",
                          figures.arrived), median,
                percent(share if share is not None else 0.0, locale),
                number(figures.late, 0, locale), number(figures.untouched, 0, locale))

