"""The daily loop without widgets: the One Thing, today's numbers, the history in memory.

The UI calls these intents and renders `TodayView`; a test can drive a whole day through
this class and the timer without clicking.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from focusapp.core.days import local_day
from focusapp.core.errors import ValidationError
from focusapp.core.handoffs import Handoff
from focusapp.core.models import (
    Block,
    Day,
    OneThingStatus,
    Settings,
    Tally,
    validate_one_thing,
)
from focusapp.core.review import score_blocks
from focusapp.core.roles import Activity, RoleConfig, RoleId, validate_enabled_roles
from focusapp.core.scoring import ScoreSum
from focusapp.core.streaks import (
    DayProgress,
    KeyTotals,
    Progress,
    RoleStreak,
    daily_progress,
    key_metrics,
    key_totals,
    progress_of_parts,
    role_histories,
    without_days,
)
from focusapp.core.summary import DayTotal, summarize
from focusapp.services.clock import Clock
from focusapp.services.timer import CountNotSaved

if TYPE_CHECKING:
    from focusapp.store.database import Store

MAX_CARRY_LOOKAHEAD_DAYS = 60


@dataclass(frozen=True)
class TodayView:
    """What the Today window shows of the day."""
    day: date
    one_thing: Day | None
    blocks: tuple[Block, ...]
    streaks: dict[str, RoleStreak]
    awesome: ScoreSum
    loading: bool = False  # the history is still being read: no streaks or score yet
    # Per enabled role, today's progress toward its target (finished blocks and tallies).
    progress: Mapping[str, DayProgress] = field(default_factory=dict)
    handoffs: tuple[Handoff, ...] = ()  # sent today, oldest first


class DailyLoop(QObject):
    changed = Signal()
    reloaded = Signal()  # the folder was read again (a restore, an import)

    def __init__(self, clock: Clock, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._settings = store.settings.get()
        self._roles = store.roles.get()
        # The history's daily totals (the store's summaries: no block decoded), read on
        # first need so the window can paint first: see `partial_today_view`.
        self._totals: tuple[DayTotal, ...] | None = None
        self._history_read = False  # the totals were read once (kept when a block ends)
        # Blocks finished in this session, kept as the timer handed them: one the disk
        # refused (services/unsaved.py) still counts, for its day's numbers.
        self._recorded: dict[str, Block] = {}
        self._days: dict[date, Day] = {d.day: d for d in store.days.all()}
        self._tallies: dict[tuple[date, str, str], Tally] = {
            t.key: t for t in store.tallies.all()}
        self._handoffs: dict[str, Handoff] = {h.id: h for h in store.handoffs.all()}
        self._progress: Progress | None = None  # per-day progress of the whole history
        self._since: date | None = None
        self._today_blocks: tuple[date, tuple[Block, ...]] | None = None  # (day, its blocks)
        # Strict mode (SPEC §5): the app hands in who knows whether a strict block runs.
        self.lists_locked: Callable[[], bool] = lambda: False

    def reload(self) -> None:
        """Read everything again from the store (after a backup was restored)."""
        self._settings = self._store.settings.get()
        self._roles = self._store.roles.get()
        self._days = {d.day: d for d in self._store.days.all()}
        self._tallies = {t.key: t for t in self._store.tallies.all()}
        self._handoffs = {h.id: h for h in self._store.handoffs.all()}
        self._totals = None
        self._history_read = False
        self._changed()
        self.reloaded.emit()

    def _changed(self) -> None:
        self._progress = None
        self._since = None
        self._today_blocks = None
        self.changed.emit()

    def _counts_changed(self, day: date) -> None:
        """Only `day`'s counts changed (a tally): that day's progress is made again from its
        own blocks and tallies, the rest of the history's is kept. A +1 between blocks
        would otherwise cost a pass over years of blocks (benchmarks/counting.py)."""
        if self._progress is not None:
            self._progress = self._with_day(self._progress, day)
        self.changed.emit()

    def _with_day(self, progress: Progress, day: date) -> Progress:
        record = self._days.get(day)
        blocks = self.todays_blocks() if day == self.today() else self._blocks_of(day)
        fresh = daily_progress(blocks, [record] if record else [], self._roles,
                               self._day_start(), (t for t in self._tallies.values()
                                                   if t.day == day))
        updated = dict(progress)
        for role, per_day in fresh.items():
            days = {**progress.get(role, {})}  # a copy: a review may hold the old mapping
            days.pop(day, None)
            days.update(per_day)
            updated[role] = days
        return updated

    # ---- settings and roles -------------------------------------------------------------

    def settings(self) -> Settings:
        return self._settings

    def save_settings(self, settings: Settings) -> None:
        settings.validate()
        current = self._settings
        lists_changed = (settings.blocked_domains != current.blocked_domains
                         or settings.blocked_apps != current.blocked_apps
                         or settings.blocked_pages != current.blocked_pages)
        if lists_changed and self.lists_locked():
            raise ValidationError(
                "blocking.locked",
                "The block lists cannot change while a strict focus block runs.")
        self._store.settings.save(settings)
        self._settings = settings
        self._totals = None  # the day start may have moved: a block's day with it
        self._changed()

    def roles(self) -> tuple[RoleConfig, ...]:
        return self._roles

    def enabled_roles(self) -> tuple[RoleConfig, ...]:
        return tuple(r for r in self._roles if r.enabled)

    def save_roles(self, roles: Sequence[RoleConfig]) -> None:
        """Save the roles; a role taken up now (it was off) counts from today, so the days
        before are not held against its streak."""
        before = {r.role: r.enabled for r in self._roles}
        had_history = bool(self._days) or bool(self.totals())
        roles = tuple(
            replace(r, since=self.today())
            if r.enabled and not before.get(r.role, False) and had_history
            else r
            for r in roles
        )
        validate_enabled_roles(roles)
        self._store.roles.save(roles)
        self._roles = roles
        self._changed()

    def role(self, role: str) -> RoleConfig | None:
        """The user's configuration of a role, by its id (None: not a role)."""
        return next((r for r in self._roles if r.role.value == role), None)

    def activity(self, role: str, activity: str | None) -> Activity | None:
        """A role's activity, by its id (None: no activity, or not one of the role's)."""
        config = self.role(role)
        return config.activity(activity) if config and activity else None

    def metric_of(self, role: str, activity: str | None) -> str | None:
        """The count metric of a role's activity (None: not counted, or unknown)."""
        found = self.activity(role, activity)
        return found.metric if found else None

    def default_role(self) -> str:
        today = self.one_thing()
        if today and today.role:
            return today.role
        enabled = self.enabled_roles()
        return enabled[0].role.value if enabled else RoleId.SOLO.value

    # ---- days -----------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._clock.now()

    def today(self) -> date:
        return local_day(self._clock.now(), self._settings.day_rules.day_start)

    def one_thing(self, day: date | None = None) -> Day | None:
        found = self._days.get(day or self.today())
        return found if found and found.one_thing else None

    def set_one_thing(
        self, text: str, role: str, activity: str | None = None, day: date | None = None
    ) -> Day:
        """Set or edit the day's One Thing; empty or over-long text raises ValidationError."""
        clean = validate_one_thing(text)
        day = day or self.today()
        existing = self._days.get(day) or Day(day=day)
        status = existing.status if existing.status else OneThingStatus.OPEN
        return self._save_day(replace(existing, one_thing=clean, role=role, activity=activity,
                                      status=status))

    def check_one_thing(self, status: OneThingStatus, day: date | None = None) -> Day:
        """The evening check: done / partly / not done."""
        day = day or self.today()
        existing = self.one_thing(day)
        if existing is None:
            raise LookupError(f"No One Thing was set for {day}.")
        return self._save_day(replace(existing, status=status))

    def carry_over(self, day: date) -> Day:
        """Copy a not-done One Thing to the next working day, in one click."""
        source = self.one_thing(day)
        if source is None or source.one_thing is None:
            raise LookupError(f"No One Thing was set for {day}.")
        target = self.next_working_day(day)
        existing = self._days.get(target) or Day(day=target)
        return self._save_day(replace(existing, one_thing=source.one_thing, role=source.role,
                                      activity=source.activity, status=OneThingStatus.OPEN,
                                      carried_from=day))

    def next_working_day(self, day: date) -> date:
        rules = self._settings.day_rules
        for offset in range(1, MAX_CARRY_LOOKAHEAD_DAYS):
            candidate = day + timedelta(days=offset)
            if rules.is_working_day(candidate):
                return candidate
        return day + timedelta(days=1)

    def missed_evening_check(self) -> Day | None:
        """The latest earlier day whose One Thing was never checked (asked before today's)."""
        today = self.today()
        earlier = [d for d in self._days.values() if d.day < today and d.evening_check_missing]
        return max(earlier, key=lambda d: d.day) if earlier else None

    def _save_day(self, day: Day) -> Day:
        self._store.days.save(day)
        self._days[day.day] = day
        self._changed()
        return day

    # ---- blocks and numbers ---------------------------------------------------------------

    def record_block(self, block: Block) -> None:
        """Keep the in-memory history in step with a finished block the timer saved."""
        if not block.finished:
            return
        self._recorded[block.id] = block
        self._totals = None
        self._changed()

    def tally(self, role: str, activity: str, change: int, day: date | None = None) -> Tally:
        """Count `change` (negative: take back) for an activity outside any block; a tally
        never goes below zero."""
        key = (day or self.today(), role, activity)
        current = self._tallies.get(key) or Tally(*key)
        updated = replace(current, count=max(0, current.count + change))
        try:
            self._store.tallies.save(updated)
        except OSError as error:  # not on disk: not counted, and the user is told
            raise CountNotSaved(error) from error
        self._tallies[key] = updated
        self._counts_changed(key[0])
        return updated

    def counted_today(self, role: str, activity: str | None) -> int:
        """Counted today for one activity: its finished blocks' counts and its tally (the
        running block's count is the timer's to add)."""
        blocks = self.todays_blocks()
        in_blocks = sum(b.count or 0 for b in blocks if (b.role, b.activity) == (role, activity))
        tally = self._tallies.get((self.today(), role, activity)) if activity else None
        return in_blocks + (tally.count if tally else 0)

    def tallies(self) -> tuple[Tally, ...]:
        return tuple(self._tallies.values())

    def save_handoff(self, handoff: Handoff) -> Handoff:
        self._store.handoffs.save(handoff)
        self._handoffs[handoff.id] = handoff
        self._changed()
        return handoff

    def handoffs(self) -> tuple[Handoff, ...]:
        """Every handoff, oldest first."""
        return tuple(sorted(self._handoffs.values(), key=lambda h: (h.at, h.id)))

    def _todays_handoffs(self, today: date) -> tuple[Handoff, ...]:
        return tuple(h for h in self.handoffs() if h.day(self._day_start()) == today)

    def serves_one_thing(self, role: str, activity: str | None) -> bool:
        today = self.one_thing()
        if today is None or today.role != role:
            return False
        return today.activity is None or today.activity == activity

    def since(self) -> date:
        """The first day the user has facts for: streaks are not counted before it
        (cached with the progress: a pass over the whole history)."""
        if self._since is None:
            stored = self._store.summaries.first_day(self._day_start())
            firsts = [*self._days, *self._touched()[0], *([stored] if stored else [])]
            self._since = min(firsts, default=None)
        return self._since if self._since is not None else self.today()

    @property
    def history_loaded(self) -> bool:
        return self._history_read

    def totals(self) -> tuple[DayTotal, ...]:
        """The finished blocks' daily totals over the whole history (core.summary), from
        the store's summaries; a day with a block of this session is summed again from its
        blocks (one the disk refused is not in the store's)."""
        if self._totals is None:
            stored = self._store.summaries.totals(self._day_start())
            touched, fresh = self._touched()
            if touched:
                stored = (*(t for t in stored if t.day not in touched), *fresh)
            self._totals = stored
            self._history_read = True
        return self._totals

    def _touched(self) -> tuple[set[date], tuple[DayTotal, ...]]:
        """The days with a block finished in this session, and their totals summed again
        from their blocks (the store's summaries lack a block the disk refused)."""
        day_start = self._day_start()
        touched = {b.day(day_start) for b in self._recorded.values()}
        return touched, summarize((b for d in touched for b in self._blocks_of(d)), day_start)

    def progress(self) -> Progress:
        """Per role, per day, the progress toward the target over the whole history
        (cached until something changes; the review reuses it): from the key totals of
        the whole history, which the store keeps with its summaries."""
        if self._progress is None:
            metrics = key_metrics(self._roles)
            parts: tuple[KeyTotals, ...] = (
                self._store.summaries.history_key_totals(self._day_start(), metrics),)
            touched, fresh = self._touched()
            if touched:  # the stored rows of those days are left out, then theirs added
                parts = (without_days(parts[0], touched), key_totals(fresh, metrics))
            self._progress = progress_of_parts(parts, self._days.values(), self._roles,
                                               self._tallies.values())
            self._history_read = True
        return self._progress

    def days(self) -> list[Day]:
        """Every stored day (One Things and their status), oldest first."""
        return sorted(self._days.values(), key=lambda d: d.day)

    def todays_blocks(self) -> tuple[Block, ...]:
        """Today's finished blocks, by start; kept until a block or a setting changes:
        counting asks for them at every +1, and finding them walks the whole history."""
        today = self.today()
        if self._today_blocks is None or self._today_blocks[0] != today:
            self._today_blocks = (today, self._blocks_of(today))
        return self._today_blocks[1]

    def _blocks_of(self, day: date) -> tuple[Block, ...]:
        """A day's finished blocks, by start: the store's (that day's month only) and those
        finished in this session (a block the disk refused is there too)."""
        return self.blocks_between(day, day)

    def blocks_between(self, first: date, last: date) -> tuple[Block, ...]:
        """The finished blocks of the days from `first` to `last`, by start: decoded only
        for these days (the review's week, Today)."""
        day_start = self._day_start()
        stored = self._store.blocks.between(first, last, day_start)  # by instant, then id
        recorded = [b for b in self._recorded.values() if first <= b.day(day_start) <= last]
        if not recorded:  # the store's order is this one: sorting again costs a week's review
            return tuple(b for b in stored if b.finished)
        found = {b.id: b for b in stored if b.finished}
        found.update((b.id, b) for b in recorded)
        return tuple(sorted(found.values(), key=lambda b: (b.start, b.id)))

    def partial_today_view(self) -> TodayView:
        """What can be shown before the history is loaded: the One Thing and today's blocks;
        streaks and scores wait (`loading` is True)."""
        if self._history_read:
            return self.today_view()
        today = self.today()
        todays = self.todays_blocks()
        day = self._days.get(today)
        progress = daily_progress(todays, [day] if day else [], self._roles, self._day_start(),
                                  (t for t in self._tallies.values() if t.day == today))
        return TodayView(day=today, one_thing=self.one_thing(today), blocks=todays,
                         streaks={}, awesome=ScoreSum(), loading=True,
                         progress=self._todays(progress, today),
                         handoffs=self._todays_handoffs(today))

    def _todays(self, progress: Progress, today: date) -> dict[str, DayProgress]:
        return {r.role.value: progress.get(r.role.value, {}).get(today, DayProgress())
                for r in self.enabled_roles()}

    def _day_start(self) -> time:
        return self._settings.day_rules.day_start

    def today_view(self) -> TodayView:
        today = self.today()
        rules = self._settings.day_rules
        days = list(self._days.values())
        histories = role_histories(self._roles, (), days, rules, self.since(), today,
                                   self._settings.freezes_enabled, progress=self.progress())
        todays = self.todays_blocks()
        scores = score_blocks(todays, self._roles, histories, rules)
        return TodayView(
            day=today,
            one_thing=self.one_thing(today),
            blocks=todays,
            streaks={role: h.summary() for role, h in histories.items()},
            awesome=scores.get(today, ScoreSum()),
            progress=self._todays(self.progress(), today),
            handoffs=self._todays_handoffs(today),
        )
