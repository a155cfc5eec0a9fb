"""Away from the desk during a block: when a spell away started and ended, and what it does
to the block once the user has said what it was.

The machine reports how long ago the last keyboard or mouse input came (services/idle.py);
the app samples it every few seconds while a block runs. Each sample carries the monotonic
clock, so a spell is measured on a clock nobody sets back, and placed on the wall clock of
the latest sample only when it is handed over (the timer moves a running block's instants
by the same rule when the clock is set back, so both stay in step).

A spell is known for sure from the input that started the idle stretch to the last sample
that still saw it: the return is placed at that sample, so time away is never overstated
(understated by at most one sampling interval).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from focusapp.core.models import AwayKind, AwaySpell, Block, Pause

# Two samples see the same idle stretch when they agree on its start within this (the
# backends report idle time in milliseconds, read a few milliseconds apart).
SAME_STRETCH_SECONDS = 1.0

# Activities spent reaching people live: a spell away during one of them is most likely a
# call or a meeting, so the question offers "on a call" first. Keyed by the activity's
# count metric (core.roles), so an activity a user adds with one of these metrics counts too.
LIVE_METRICS = frozenset({"conversations", "meetings_held", "touches", "accounts_touched",
                          "leads_touched"})


@dataclass(frozen=True)
class IdleSample:
    """How long the keyboard and mouse had been idle, at one instant."""
    at: datetime  # the wall clock when sampled
    monotonic: float  # the monotonic clock (seconds) at the same moment
    idle_seconds: float  # since the last keyboard or mouse input
    distracted_seconds: float = 0.0  # the running block's distraction meter then


@dataclass(frozen=True)
class AwaySpan:
    """A spell away, measured, not yet named by the user."""

    start: datetime
    end: datetime
    distracted_seconds: float = 0.0

    @property
    def minutes(self) -> int:
        return round((self.end - self.start).total_seconds() / 60)

    def named(self, kind: AwayKind) -> AwaySpell:
        return AwaySpell(self.start, self.end, kind, self.distracted_seconds)


@dataclass(frozen=True)
class AwayWatch:
    """What the samples so far say: the idle stretch in progress (monotonic seconds).

    `observe` returns the next watch and the spell that just ended, if it lasted at least
    `threshold` after `floor` (the block's start, or its last resume: nothing before counts).
    """

    threshold: timedelta
    since: float | None = None  # when the current idle stretch began
    last_seen: float | None = None  # the last sample that saw it
    desk_meter: float = 0.0  # the distraction meter when the stretch began
    last_meter: float = 0.0  # the distraction meter at `last_seen`

    def observe(self, sample: IdleSample, floor: datetime) -> tuple[AwayWatch, AwaySpan | None]:
        began = sample.monotonic - max(0.0, sample.idle_seconds)
        if self.since is not None and abs(began - self.since) <= SAME_STRETCH_SECONDS:
            return replace(self, last_seen=sample.monotonic,
                           last_meter=sample.distracted_seconds), None
        spell = self._spell(sample, floor)
        meter = self.last_meter if self.since is not None else sample.distracted_seconds
        return AwayWatch(self.threshold, began, sample.monotonic, meter,
                         sample.distracted_seconds), spell

    def close(self, sample: IdleSample, floor: datetime) -> AwaySpan | None:
        """The block ends (or pauses) at `sample`: a stretch still going on ends there."""
        watch, spell = self.observe(sample, floor)
        if spell is not None:
            return spell
        return watch._spell(sample, floor) if watch.since is not None else None

    def _spell(self, sample: IdleSample, floor: datetime) -> AwaySpan | None:
        if self.since is None or self.last_seen is None:
            return None
        # Wall instants through the latest sample's offset: the clock it reads now.
        offset = sample.at - timedelta(seconds=sample.monotonic)
        floor_mono = (floor - offset).total_seconds()
        start = max(self.since, floor_mono)
        if self.last_seen - start < self.threshold.total_seconds():
            return None
        return AwaySpan(offset + timedelta(seconds=start),
                        offset + timedelta(seconds=self.last_seen),
                        max(0.0, self.last_meter - self.desk_meter))


def call_is_likely(metric: str | None) -> bool:
    """Whether "on a call" is the question's default answer for an activity with `metric`."""
    return metric in LIVE_METRICS


def with_away(block: Block, spell: AwaySpell) -> Block:
    """The block with `spell` recorded, kept within the block; a break also pauses the block
    for that time (so it is not counted, and a running block ends that much later)."""
    start = max(spell.start, block.start)
    end = min(spell.end, block.end) if block.end is not None else spell.end
    if end <= start:
        return block
    placed = replace(spell, start=start, end=end)
    away = tuple(sorted((*block.away, placed), key=lambda s: s.start))
    if placed.kind is not AwayKind.BREAK:
        return replace(block, away=away)
    pauses = tuple(sorted((*block.pauses, Pause(start, end)),
                          key=lambda p: (p.end is None, p.start)))
    return replace(block, away=away, pauses=pauses)


def away_seconds(block: Block, kind: AwayKind | None = None) -> float:
    """Seconds away during `block` (of one kind, or all)."""
    return sum((s.seconds for s in block.away if kind is None or s.kind is kind), 0.0)


def at_desk(block: Block) -> tuple[float, float]:
    """(seconds at the desk, seconds distracted there) of a finished block: its focused time
    less the calls away (breaks are paused already), and the distraction measured while the
    user was there. What the Focus factor is computed on (core.scoring)."""
    calls = [s for s in block.away if s.kind is AwayKind.CALL]
    seconds = block.focused_seconds() - sum(s.seconds for s in calls)
    away_meter = sum(s.distracted_seconds for s in block.away)
    return max(0.0, seconds), max(0.0, block.distraction.distracted_seconds - away_meter)
