"""The daily loop's glue rules, driven through the service with a real store and timer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, time, timedelta, timezone

import pytest

from focusapp.core.days import DayOff
from focusapp.core.models import Block, OneThingStatus, Outcome
from focusapp.core.roles import DailyTarget, RoleId, default_role_configs
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import FocusTimer, StartRequest
from tests.core.factories import block

AM = RoleId.ACCOUNT_MANAGER.value
TOUCHES = "account_manager.value_touches"  # a key activity of the account manager
PROSPECTOR = RoleId.OUTBOUND_PROSPECTOR.value
PROSPECTING = "outbound_prospector.prospecting_block"  # a key activity too

MON = date(2026, 11, 23)  # the FakeClock's first day
TUE, WED, THU, FRI = (MON + timedelta(days=n) for n in range(1, 5))
SUN = MON + timedelta(days=6)
NEXT_MON = MON + timedelta(days=7)
NEXT_TUE = MON + timedelta(days=8)


@pytest.fixture
def daily(qtbot, store, clock):
    loop = DailyLoop(clock, store)
    loop.save_roles(default_role_configs(frozenset({RoleId.ACCOUNT_MANAGER,
                                                    RoleId.OUTBOUND_PROSPECTOR})))
    return loop


# ---- the One Thing's x2 Important -----------------------------------------------------------


def importance_of_a_block(daily, store, clock, qtbot, role, activity) -> float:
    """Start a block as the app does (asking the loop whether it serves the One Thing), run it
    to its end and read the Important factor of its Awesome on today's screen."""
    timer = FocusTimer(clock, store, daily.settings)
    timer.block_finished.connect(daily.record_block)
    timer.start(StartRequest(minutes=25, role=role, activity=activity,
                             serves_one_thing=daily.serves_one_thing(role, activity)))
    clock.advance(minutes=25)
    with qtbot.waitSignal(timer.block_finished):
        timer.check()
    (part,) = daily.today_view().awesome.parts
    return part.important


@pytest.mark.parametrize(
    ("one_thing", "block", "important"),
    [
        # A One Thing on a role, no activity named: any block of that role serves it.
        ((AM, None), (AM, TOUCHES), 2.0),
        # A One Thing on an activity: a block on that very activity serves it...
        ((AM, TOUCHES), (AM, TOUCHES), 2.0),
        # ...another activity of the role does not (an unnamed one is not key: x1).
        ((AM, TOUCHES), (AM, None), 1.0),
        # A block of another role never does, even when the One Thing names no activity
        # (its key activity still counts x1.5).
        ((AM, None), (PROSPECTOR, PROSPECTING), 1.5),
        # No One Thing today: nothing serves it.
        (None, (AM, TOUCHES), 1.5),
    ],
    ids=["role-only", "same-activity", "other-activity", "other-role", "no-one-thing"],
)
def test_only_blocks_that_serve_the_one_thing_count_twice_as_important(
    daily, store, clock, qtbot, one_thing, block, important
):
    if one_thing is not None:
        daily.set_one_thing("Call the five accounts at risk", *one_thing)
    assert importance_of_a_block(daily, store, clock, qtbot, *block) == important


# ---- carry-over to the next working day -------------------------------------------------------


@pytest.mark.parametrize(
    ("working_weekdays", "days_off", "from_day", "to_day"),
    [
        ((0, 1, 2, 3, 4), (), MON, TUE),
        ((0, 1, 2, 3, 4), (), FRI, NEXT_MON),  # over the weekend
        ((0, 1, 2, 3, 4), (DayOff(NEXT_MON, NEXT_MON),), FRI, NEXT_TUE),  # and a holiday
        ((6, 0, 1, 2, 3), (), THU, SUN),  # a Sunday-to-Thursday week
    ],
    ids=["monday", "friday", "friday-before-a-holiday", "sunday-week"],
)
def test_a_carried_over_one_thing_lands_on_the_next_working_day(
    daily, store, working_weekdays, days_off, from_day, to_day
):
    daily.save_settings(replace(daily.settings(), working_weekdays=working_weekdays,
                                days_off=days_off))
    daily.set_one_thing("Send the Acme proposal", AM, TOUCHES, day=from_day)
    daily.check_one_thing(OneThingStatus.NOT_DONE, day=from_day)

    carried = daily.carry_over(from_day)

    assert carried.day == to_day
    assert store.days.get(to_day) == carried
    assert (carried.one_thing, carried.role, carried.activity) == (
        "Send the Acme proposal", AM, TOUCHES)
    assert carried.status is OneThingStatus.OPEN and carried.carried_from == from_day
    between = [from_day + timedelta(days=n) for n in range(1, (to_day - from_day).days)]
    assert [daily.one_thing(day) for day in between] == [None] * len(between)
    assert daily.one_thing(from_day).status is OneThingStatus.NOT_DONE  # the day keeps its check


def test_the_x2_survives_a_restart(daily, store, clock, qtbot):
    daily.set_one_thing("Call the five accounts at risk", AM)
    importance_of_a_block(daily, store, clock, qtbot, AM, TOUCHES)
    (saved,) = store.blocks.all()
    assert saved.serves_one_thing and saved.outcome is Outcome.COMPLETED
    daily.reload()  # the history read again from the store, as at the next start
    (part,) = daily.today_view().awesome.parts
    assert part.important == 2.0


# ---- counts between blocks update today's progress only ------------------------------------


def finished_block(clock, days_ago: int, n: int, count: int) -> Block:
    start = clock.now() - timedelta(days=days_ago, hours=n + 1)
    return Block(id=f"b{days_ago}-{n}", start=start, planned_minutes=25, role=PROSPECTOR,
                 activity=PROSPECTING, end=start + timedelta(minutes=25),
                 outcome=Outcome.COMPLETED, count=count)


@pytest.mark.parametrize("seed", range(4))
def test_after_many_counts_the_numbers_equal_a_from_scratch_computation(daily, store, clock,
                                                                        seed):
    """A tally makes only its day's progress again; whatever the counts (taken back too,
    one on an earlier day), the streaks and the progress are those a fresh loop computes
    from the store."""
    rng = random.Random(seed)
    daily.save_roles(tuple(replace(r, target=DailyTarget(minutes=None, count=5))
                           for r in daily.roles()))
    for days_ago in range(1, 12):
        for n in range(rng.randint(0, 2)):
            store.blocks.save(finished_block(clock, days_ago, n, rng.randint(0, 4)))
    daily.reload()
    daily.today_view()  # the history's progress is made and kept
    conversations = "outbound_prospector.conversations"
    for _ in range(40):
        day = MON - timedelta(days=rng.choice((0, 0, 0, 1, 3)))
        daily.tally(rng.choice((PROSPECTOR, AM)), rng.choice((PROSPECTING, conversations,
                                                               TOUCHES)),
                    rng.choice((1, 1, 2, -1)), day)
        fresh = DailyLoop(clock, store)
        assert daily.progress() == fresh.progress()
        assert daily.today_view() == fresh.today_view()


def test_a_weeks_blocks_come_by_instant_then_id_from_the_store_and_this_session(daily, store):
    """Wall clocks in two offsets (a trip) do not order the blocks, their instants do; two
    blocks at one instant come by id; an unfinished block is not one of the week's."""
    paris, new_york = timezone(timedelta(hours=1)), timezone(timedelta(hours=-5))
    made = [replace(block(TUE, 30, at=time(10), tz=paris), id="p"),  # 09:00 UTC
            replace(block(TUE, 30, at=time(8), tz=new_york), id="n"),  # 13:00 UTC
            replace(block(TUE, 30, at=time(14), tz=paris), id="z"),  # 13:00 UTC too
            replace(block(WED, 30), id="u", end=None, outcome=None)]
    store.blocks.save_many(made)
    by_instant = tuple(sorted(made[:3], key=lambda b: (b.start, b.id)))
    assert [b.id for b in by_instant] == ["p", "n", "z"]
    assert DailyLoop(daily._clock, store).blocks_between(MON, SUN) == by_instant
    later = replace(block(TUE, 30, at=time(7), tz=new_york), id="r")  # 12:00 UTC, this session
    daily.record_block(later)
    assert daily.blocks_between(MON, SUN) == (by_instant[0], later, *by_instant[1:])
