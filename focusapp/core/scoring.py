"""The Awesome score (SPEC §7): Awesome = Time × (Energy × Focus × Important) ^ Consistency.

Every factor is a boost of at least 1, so more of anything can only raise the score. The
result always carries its breakdown (its factors), so every screen can say why a number is
what it is (the UI says it in the user's language).
"""

from __future__ import annotations

from dataclasses import dataclass

from focusapp.core.away import at_desk
from focusapp.core.models import Block

INTERRUPTION_COST_SECONDS = 120.0  # each logged interruption counts as 2 distracted minutes


@dataclass(frozen=True)
class Awesome:
    """An Awesome value with the factors it was computed from."""

    time: float  # T, focused minutes
    energy: float  # E in [1, 2]
    focus: float  # F in [1, 2]
    important: float  # I in {1, 1.5, 2}
    consistency: float  # C in [1, 2]

    @property
    def value(self) -> float:
        boost: float = (self.energy * self.focus * self.important) ** self.consistency
        return self.time * boost


def energy_factor(energy: int) -> float:
    """E = 1 + (energy − 1) / 4: check-in 1..5 → 1.0 .. 2.0 (clamped)."""
    return 1.0 + (min(max(energy, 1), 5) - 1) / 4.0


def focus_share(focused_seconds: float, distracted_seconds: float, interruptions: int) -> float:
    """q: the share of the block not spent distracted, in [0, 1]."""
    if focused_seconds <= 0:
        return 0.0
    lost = max(0.0, distracted_seconds) + INTERRUPTION_COST_SECONDS * max(0, interruptions)
    return min(1.0, max(0.0, 1.0 - lost / focused_seconds))


def importance_factor(serves_one_thing: bool, key_activity: bool) -> float:
    if serves_one_thing:
        return 2.0
    return 1.5 if key_activity else 1.0


def consistency_factor(consistency: float) -> float:
    return 1.0 + min(1.0, max(0.0, consistency))


def awesome(
    minutes: float,
    energy: int,
    focus_q: float,
    serves_one_thing: bool,
    key_activity: bool,
    consistency: float,
) -> Awesome:
    return Awesome(
        time=max(0.0, minutes),
        energy=energy_factor(energy),
        focus=1.0 + min(1.0, max(0.0, focus_q)),
        important=importance_factor(serves_one_thing, key_activity),
        consistency=consistency_factor(consistency),
    )


def block_focus_share(block: Block) -> float:
    """q of a finished block, on the time at the desk only (core.away.at_desk): calls away
    are work but nothing can distract at a desk nobody is at, and what the meter counted
    meanwhile (a window left in front) is left out. A block spent wholly on a call had no
    desk time: its share is taken on the call, where only interruptions cost."""
    focused = block.focused_seconds()
    if not block.away:
        return focus_share(focused, block.distraction.distracted_seconds,
                           len(block.interruptions))
    desk, distracted = at_desk(block)
    return focus_share(desk or focused, distracted, len(block.interruptions))


def block_awesome(block: Block, *, key_activity: bool, consistency: float) -> Awesome:
    """The Awesome of a finished block, given the role's consistency before the block's day
    (T counts calls away from the desk: they are work)."""
    return awesome(
        minutes=block.focused_seconds() / 60.0,
        energy=block.energy,
        focus_q=block_focus_share(block),
        serves_one_thing=block.serves_one_thing,
        key_activity=key_activity,
        consistency=consistency,
    )


@dataclass(frozen=True)
class ScoreSum:
    """A day's or a week's Awesome: the sum of its blocks, with the blocks kept for the why."""

    parts: tuple[Awesome, ...] = ()

    @property
    def value(self) -> float:
        return sum(p.value for p in self.parts)

    @property
    def minutes(self) -> float:
        return sum(p.time for p in self.parts)
