"""A realistic six-week history written through the store, for the review tests.

Weeks 2026-W43 to W48 (Mon 19 Oct – Fri 27 Nov 2026); the clock is left on Friday
27 Nov 2026 at 17:00, the review time. Outbound prospecting all along; Field Sales taken
up mid-way (Thursday 12 Nov); Wednesday 11 Nov is a day off; a week of holidays
(W41) before it; varied energy, distractions, outcomes, counts, One Things.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from focusapp.core.days import DayOff, IsoWeek, iter_days
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.models import (
    Block,
    Day,
    DistractionSummary,
    Interruption,
    OneThingStatus,
    Outcome,
    Settings,
    Tally,
)
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from tests.conftest import PARIS_WINTER

FIRST_DAY = date(2026, 10, 19)  # Monday of 2026-W43
LAST_DAY = date(2026, 11, 27)  # Friday of 2026-W48
FIELD_SALES_FROM = date(2026, 11, 12)
DAY_OFF = date(2026, 11, 11)
HOLIDAYS = DayOff(date(2026, 10, 5), date(2026, 10, 11))  # all of 2026-W41
NOW = datetime(2026, 11, 27, 17, 0, tzinfo=PARIS_WINTER)
SITES = ("linkedin.com", "slack", "youtube.com", "news.ycombinator.com", "mail")

OP = RoleId.OUTBOUND_PROSPECTOR.value
FS = RoleId.FIELD_SALES.value
OP_ACTIVITIES = ("outbound_prospector.prospecting_block", "outbound_prospector.icp_research",
                 "outbound_prospector.conversations")
FS_ACTIVITIES = ("field_sales.meeting_preparation", "field_sales.prospect_meetings")

WEEKS = tuple(IsoWeek(2026, w) for w in range(43, 49))


@dataclass(frozen=True)
class History:
    blocks: tuple[Block, ...]
    days: tuple[Day, ...]


def build_history(store: Store, seed: int = 48) -> History:
    """Write the history into `store`; the caller's clock must then read `NOW`."""
    rng = random.Random(seed)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR,
                                                     RoleId.FIELD_SALES})))
    store.settings.save(Settings(first_run_done=True, days_off=(HOLIDAYS,
                                                                DayOff(DAY_OFF, DAY_OFF))))
    blocks: list[Block] = []
    days: list[Day] = []
    for day in iter_days(FIRST_DAY, LAST_DAY):
        if day.weekday() >= 5 or day == DAY_OFF:
            continue
        blocks += _day_blocks(rng, day)
        if rng.random() < 0.7:
            days.append(_one_thing(rng, day))
    for block in blocks:
        store.blocks.save(block)
    for record in days:
        store.days.save(record)
    return History(tuple(blocks), tuple(days))


def _day_blocks(rng: random.Random, day: date) -> list[Block]:
    plan: list[tuple[str, str]] = []
    slack_day = rng.random() < 0.2  # a day when the target is missed
    for _ in range(1 if slack_day else rng.randint(1, 3)):
        plan.append((OP, rng.choice(OP_ACTIVITIES)))
    if day >= FIELD_SALES_FROM and rng.random() < 0.8:
        plan += [(FS, rng.choice(FS_ACTIVITIES)) for _ in range(rng.randint(1, 2))]
    start = datetime.combine(day, time(9, 0), PARIS_WINTER)
    blocks = []
    for index, (role, activity) in enumerate(plan):
        minutes = 20 if slack_day else rng.choice((25, 50, 50, 90))
        blocks.append(_block(rng, f"{day.isoformat()}-{index}", start, minutes, role, activity))
        start += timedelta(minutes=minutes + 15)
    return blocks


def _block(rng: random.Random, block_id: str, start: datetime, minutes: int, role: str,
           activity: str) -> Block:
    outcome = rng.choices((Outcome.COMPLETED, Outcome.PARTIAL, Outcome.ABANDONED),
                          weights=(8, 2, 1))[0]
    done = minutes if outcome is Outcome.COMPLETED else max(5, minutes * rng.randint(3, 8) // 10)
    targets = rng.sample(SITES, rng.randint(0, 2))
    by_target = {t: float(rng.randint(1, 8) * 60) for t in targets}
    interruptions = tuple(Interruption(at=start + timedelta(minutes=3), what="phone")
                          for _ in range(rng.randint(0, 1)))
    return Block(
        id=block_id, start=start, planned_minutes=minutes, role=role, activity=activity,
        energy=rng.randint(1, 5), end=start + timedelta(minutes=done),
        interruptions=interruptions,
        distraction=DistractionSummary(sum(by_target.values()), len(targets), by_target),
        outcome=outcome, count=rng.choice((None, 3, 8, 12)),
        note=rng.choice(("", "good call, with a comma", 'said "maybe"')),
    )


def _one_thing(rng: random.Random, day: date) -> Day:
    role = FS if day >= FIELD_SALES_FROM and rng.random() < 0.4 else OP
    status = rng.choice((OneThingStatus.DONE, OneThingStatus.DONE, OneThingStatus.NOT_DONE,
                         OneThingStatus.PARTLY))
    return Day(day=day, one_thing=f"Book 3 meetings ({day:%a})", role=role, status=status)


AM = RoleId.ACCOUNT_MANAGER.value
ACCOUNT_MANAGER_FROM = date(2026, 11, 4)  # a Wednesday: held from the start, first worked then


def build_sales_history(store: Store, seed: int = 11) -> History:
    """`build_history` with a third role (Account Management, held from the start but first
    worked on Wednesday 4 Nov), counts tallied between blocks along each role's funnel, and
    handoffs every week: what a rep brings to the 1:1."""
    history = build_history(store)
    rng = random.Random(seed)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR,
                                                     RoleId.FIELD_SALES,
                                                     RoleId.ACCOUNT_MANAGER})))
    funnels = {OP: ("prospecting_block", "conversations", "pass_to_field_sales"),
               FS: ("meeting_preparation", "prospect_meetings", "dated_next_step",
                    "proposal_closing"),
               AM: ("value_touches", "health_review", "renewal_next_step")}
    starts = {OP: FIRST_DAY, FS: FIELD_SALES_FROM, AM: ACCOUNT_MANAGER_FROM}
    blocks = list(history.blocks)
    for day in iter_days(FIRST_DAY, LAST_DAY):
        if day.weekday() >= 5 or day == DAY_OFF:
            continue
        for role, slugs in funnels.items():
            if day < starts[role]:
                continue
            top = rng.randint(12, 30)
            for depth, slug in enumerate(slugs):  # each step a share of the one before
                store.tallies.save(Tally(day, role, f"{role}.{slug}", max(0, top >> depth)))
        if day >= ACCOUNT_MANAGER_FROM:
            start = datetime.combine(day, time(16, 0), PARIS_WINTER)
            block = _block(rng, f"{day.isoformat()}-am", start, rng.choice((25, 50, 60)), AM,
                           f"{AM}.value_touches")
            store.blocks.save(block)
            blocks.append(block)
        if day.weekday() in (1, 3):  # briefs to Field Sales, twice a week
            at = datetime.combine(day, time(11, 30), PARIS_WINTER)
            status = rng.choice((HandoffStatus.ACCEPTED, HandoffStatus.ACCEPTED,
                                 HandoffStatus.SENT_BACK, HandoffStatus.SENT))
            ticked = DEFAULT_CHECKLIST[: rng.randint(2, len(DEFAULT_CHECKLIST))]
            store.handoffs.save(Handoff(f"brief-{day.isoformat()}", at, OP, FS,
                                        rng.random() < 0.7, DEFAULT_CHECKLIST, ticked, status))
    return History(tuple(blocks), history.days)
