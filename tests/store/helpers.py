"""Builders shared by the store tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from focusapp.core.models import (
    AwayKind,
    AwaySpell,
    Block,
    DistractionSummary,
    Interruption,
    Outcome,
    Pause,
)

PARIS_WINTER = timezone(timedelta(hours=1))
PARIS_SUMMER = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-5))
KOLKATA = timezone(timedelta(hours=5, minutes=30))


def at(*args: int, tz: timezone = PARIS_WINTER) -> datetime:
    return datetime(*args, tzinfo=tz)


def make_block(
    block_id: str,
    start: datetime,
    minutes: int = 50,
    *,
    note: str = "",
    finished: bool = True,
    rich: bool = False,
) -> Block:
    end = start + timedelta(minutes=minutes) if finished else None
    block = Block(
        id=block_id,
        start=start,
        planned_minutes=minutes,
        role="account_manager",
        activity="account_manager.value_touches",
        energy=4,
        end=end,
        outcome=Outcome.COMPLETED if finished else None,
        note=note,
    )
    if not rich:
        return block
    return Block(
        id=block_id,
        start=start,
        planned_minutes=minutes,
        role="field_sales",
        activity=None,
        energy=2,
        end=end,
        pauses=(
            Pause(start + timedelta(minutes=5), start + timedelta(minutes=9, seconds=30)),
            Pause((start + timedelta(minutes=20)).astimezone(NEW_YORK), None),
        ),
        interruptions=(Interruption(start + timedelta(minutes=12), "boss — « urgent »"),),
        distraction=DistractionSummary(95.25, 3, {"youtube.com": 60.0, "Slack": 35.25}),
        outcome=Outcome.PARTIAL if finished else None,
        serves_one_thing=True,
        strict=True,
        recovered=True,
        count=7,
        note=note or "called 7 accounts ✓",
        away=(AwaySpell(start + timedelta(minutes=13), start + timedelta(minutes=19),
                        AwayKind.CALL, 42.5),) if finished else (),
        extended_minutes=10 if finished else 0,
    )


def damaged_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*") if ".damaged-" in p.name)
