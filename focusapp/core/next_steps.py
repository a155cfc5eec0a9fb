"""Field Sales' instrument (issue 12): every qualified-prospect meeting ends the day with a
dated next step.

A meeting is a finished block on the "qualified-prospect meetings" activity (a Field Sales
rep's, or a solo seller's on that practice). Its next step is one line and a date, given
in the block's end dialog or with `focusapp next-step`. A meeting is **open** while it has
no next step. The week's figure counts a step noted on the meeting's own day (the app's
day, with its day start): noted the next morning, the meeting counts as held, not as
"dated the same day".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from focusapp.core.days import IsoWeek, local_day, require_aware
from focusapp.core.errors import ValidationError
from focusapp.core.models import Block, validate_text

MEETING_ACTIVITY = "field_sales.prospect_meetings"
MAX_STEP_CHARS = 200


@dataclass(frozen=True)
class NextStep:
    """The dated next step agreed at a meeting (the block `block_id`)."""

    block_id: str
    text: str
    due: date
    noted_at: datetime

    def __post_init__(self) -> None:
        require_aware(self.noted_at)


def is_meeting(block: Block) -> bool:
    return block.finished and block.activity == MEETING_ACTIVITY


def next_step(block: Block, text: str, due: date, noted_at: datetime,
              day_start: time) -> NextStep:
    """A checked next step for `block`: one line, and a date on or after the meeting's day."""
    clean = validate_text(text, MAX_STEP_CHARS, required=True, code="next_step")
    meeting_day = block.day(day_start)
    if due < meeting_day:
        raise ValidationError("next_step.past", "A next step is dated on or after its meeting.",
                              due=due, day=meeting_day)
    return NextStep(block.id, clean, due, noted_at)


def open_meetings(blocks: Iterable[Block], steps: Iterable[NextStep], day: date,
                  day_start: time) -> list[Block]:
    """`day`'s meetings with no next step yet, in the order they were held."""
    dated = {s.block_id for s in steps}
    return sorted((b for b in blocks if is_meeting(b) and b.day(day_start) == day
                   and b.id not in dated), key=lambda b: b.start)


def latest_open(blocks: Iterable[Block], steps: Iterable[NextStep], day: date,
                day_start: time) -> Block | None:
    """The meeting `focusapp next-step` dates: the day's last one still open."""
    found = open_meetings(blocks, steps, day, day_start)
    return found[-1] if found else None


@dataclass(frozen=True)
class NextStepFigures:
    """A week's meetings, and how many got their dated next step the same day."""

    meetings: int = 0
    dated_same_day: int = 0


def next_step_figures(blocks: Iterable[Block], steps: Sequence[NextStep], week: IsoWeek,
                      day_start: time) -> NextStepFigures:
    by_block = {s.block_id: s for s in steps}
    meetings = [b for b in blocks if is_meeting(b) and b.day(day_start) in week.days]
    same_day = sum(1 for b in meetings if b.id in by_block
                   and local_day(by_block[b.id].noted_at, day_start) == b.day(day_start))
    return NextStepFigures(len(meetings), same_day)
