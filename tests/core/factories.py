"""Builders of core facts for tests: short to write, explicit about what matters."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from focusapp.core.models import Block, Day, DistractionSummary, OneThingStatus, Outcome

_ids = itertools.count(1)
UTC1 = timezone(timedelta(hours=1))


def block(
    day: date,
    minutes: float = 50,
    role: str = "outbound_prospector",
    activity: str | None = "outbound_prospector.prospecting_block",
    *,
    at: time = time(9, 0),
    tz: tzinfo = UTC1,
    energy: int = 3,
    outcome: Outcome = Outcome.COMPLETED,
    serves_one_thing: bool = False,
    distracted: float = 0.0,
    by_target: dict[str, float] | None = None,
    count: int | None = None,
) -> Block:
    start = datetime.combine(day, at, tzinfo=tz)
    return Block(
        id=f"b{next(_ids)}",
        start=start,
        end=start + timedelta(minutes=minutes),
        planned_minutes=max(5, min(180, round(minutes))),
        role=role,
        activity=activity,
        energy=energy,
        outcome=outcome,
        serves_one_thing=serves_one_thing,
        distraction=DistractionSummary(distracted, 0, by_target or {}),
        count=count,
    )


def one_thing(day: date, role: str, status: OneThingStatus = OneThingStatus.DONE) -> Day:
    return Day(day=day, one_thing="Call the ten accounts", role=role, status=status)
