"""The day planned around its meetings: prep, next steps, power hours (core/planner.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from focusapp.core.calendar import Meeting
from focusapp.core.days import DayOff, DayRules
from focusapp.core.planner import (
    NEXT_STEP_ACTIVITY,
    POWER_HOUR_ACTIVITY,
    PREP_ACTIVITY,
    Kind,
    PlanRules,
    Proposal,
    plan_day,
)
from focusapp.core.roles import RoleConfig, RoleId
from tests.core.factories import block

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
MONDAY = date(2026, 12, 7)
FIELD = (RoleConfig.default(RoleId.FIELD_SALES),)
OUTBOUND = (RoleConfig.default(RoleId.OUTBOUND_PROSPECTOR),)
BOTH = FIELD + OUTBOUND


def meeting(day: date, at: time, minutes: int = 60, title: str = "Acme", *,
            zone: ZoneInfo = PARIS, busy: bool = True, all_day: bool = False) -> Meeting:
    start = datetime.combine(day, at, tzinfo=zone)
    return Meeting(start, start + timedelta(minutes=minutes), title, busy, all_day, "work")


def early(day: date, zone: ZoneInfo = PARIS) -> datetime:
    return datetime.combine(day, time(7, 0), tzinfo=zone)


def hm(instant: datetime) -> str:
    return instant.strftime("%H:%M")


def test_a_field_sales_rep_gets_prep_before_and_a_next_step_after_each_meeting() -> None:
    meetings = [meeting(MONDAY, time(10, 0)), meeting(MONDAY, time(14, 0), 30, "Globex")]
    plan = plan_day(MONDAY, early(MONDAY), PARIS, meetings, FIELD, (), PlanRules())
    assert [(p.kind, hm(p.start), hm(p.end), p.meeting) for p in plan] == [
        (Kind.PREP, "09:45", "10:00", "Acme"),
        (Kind.NEXT_STEP, "11:00", "11:05", "Acme"),
        (Kind.PREP, "13:45", "14:00", "Globex"),
        (Kind.NEXT_STEP, "14:30", "14:35", "Globex")]
    assert {p.activity for p in plan if p.kind is Kind.PREP} == {PREP_ACTIVITY}
    assert {p.activity for p in plan if p.kind is Kind.NEXT_STEP} == {NEXT_STEP_ACTIVITY}
    assert {p.role for p in plan} == {"field_sales"}


def test_prep_takes_only_the_free_time_left_before_a_meeting() -> None:
    meetings = [meeting(MONDAY, time(9, 0), 50), meeting(MONDAY, time(10, 0), 30, "Globex")]
    plan = plan_day(MONDAY, early(MONDAY), PARIS, meetings, FIELD, (), PlanRules())
    preps = [(hm(p.start), hm(p.end)) for p in plan if p.kind is Kind.PREP]
    # None before 09:00 (working hours start then); 09:50–10:00 left before Globex, but the
    # next step of the 09:00 meeting takes its first five minutes.
    assert preps == [("09:55", "10:00")]


def test_an_outbound_rep_gets_power_hours_in_the_largest_free_slots() -> None:
    meetings = [meeting(MONDAY, time(11, 0), 30), meeting(MONDAY, time(15, 0), 30)]
    plan = plan_day(MONDAY, early(MONDAY), PARIS, meetings, OUTBOUND, (), PlanRules())
    # Largest free slots: 11:30–14:45 (prep from 14:45), then 15:30–18:00.
    assert [(p.kind, hm(p.start), hm(p.end)) for p in plan] == [
        (Kind.PREP, "10:45", "11:00"), (Kind.POWER_HOUR, "11:30", "12:30"),
        (Kind.PREP, "14:45", "15:00"), (Kind.POWER_HOUR, "15:30", "16:30")]
    assert {p.activity for p in plan if p.kind is Kind.POWER_HOUR} == {POWER_HOUR_ACTIVITY}
    assert {p.activity for p in plan if p.kind is Kind.PREP} == {None}


def test_the_power_hour_moves_within_its_slot_across_the_week() -> None:
    starts = [hm(plan_day(d, early(d), PARIS, (), OUTBOUND, (),
                          PlanRules(power_hours=1))[0].start)
              for d in (MONDAY, MONDAY + timedelta(1), MONDAY + timedelta(2))]
    assert starts == ["09:00", "13:00", "17:00"]


def test_power_hours_already_done_are_not_proposed_again() -> None:
    done = [block(MONDAY, 60, at=time(7, 0), tz=PARIS)]
    plan = plan_day(MONDAY, early(MONDAY) + timedelta(hours=1), PARIS, (), OUTBOUND, done,
                    PlanRules())
    assert [p.key for p in plan] == ["power_hour:2"]


def test_a_scheduled_power_hour_is_one_of_the_days_and_nothing_goes_over_it() -> None:
    """A rep who scheduled a power hour at 09:00 (it starts by itself) is proposed the
    second one only, elsewhere; a scheduled review block keeps its time free too."""
    at_nine = datetime.combine(MONDAY, time(9, 0), tzinfo=PARIS)
    review = datetime.combine(MONDAY, time(16, 0), tzinfo=PARIS)
    scheduled = [(at_nine, at_nine + timedelta(hours=1), POWER_HOUR_ACTIVITY),
                 (review, review + timedelta(minutes=30), None)]
    plan = plan_day(MONDAY, early(MONDAY), PARIS, (), OUTBOUND, (), PlanRules(), (),
                    frozenset(), scheduled)
    assert [(p.key, hm(p.start), hm(p.end)) for p in plan] == [
        ("power_hour:2", "10:00", "11:00")]


def test_a_skipped_proposal_is_not_proposed_again_and_an_accepted_one_keeps_its_place() -> None:
    meetings = [meeting(MONDAY, time(10, 0))]
    first = plan_day(MONDAY, early(MONDAY), PARIS, meetings, BOTH, (), PlanRules())
    prep = next(p for p in first if p.kind is Kind.PREP)
    power = next(p for p in first if p.kind is Kind.POWER_HOUR)
    again = plan_day(MONDAY, early(MONDAY), PARIS, meetings, BOTH, (), PlanRules(),
                     accepted=(power,), skipped=frozenset({prep.key}))
    assert prep.key not in {p.key for p in again}
    assert power.key not in {p.key for p in again}
    assert not any(p.start < power.end and power.start < p.end for p in again)


def test_nothing_is_proposed_on_a_day_off_nor_in_the_past() -> None:
    off = PlanRules(day=DayRules(days_off=(DayOff(MONDAY, MONDAY),)))
    assert plan_day(MONDAY, early(MONDAY), PARIS, [meeting(MONDAY, time(10, 0))], BOTH, (),
                    off) == ()
    evening = datetime.combine(MONDAY, time(17, 30), tzinfo=PARIS)
    assert plan_day(MONDAY, evening, PARIS, [meeting(MONDAY, time(10, 0))], BOTH, (),
                    PlanRules()) == ()


def test_all_day_and_free_events_are_not_busy() -> None:
    meetings = [meeting(MONDAY, time(0, 0), 24 * 60, "Trade fair", busy=False, all_day=True),
                meeting(MONDAY, time(9, 0), 9 * 60, "Focus (free)", busy=False)]
    plan = plan_day(MONDAY, early(MONDAY), PARIS, meetings, FIELD + OUTBOUND, (),
                    PlanRules(power_hours=1))
    assert [p.kind for p in plan] == [Kind.POWER_HOUR]


def test_without_field_sales_prep_goes_to_the_first_role_as_other_work() -> None:
    plan = plan_day(MONDAY, early(MONDAY), PARIS, [meeting(MONDAY, time(10, 0))],
                    (RoleConfig.default(RoleId.ACCOUNT_MANAGER),), (), PlanRules())
    assert [(p.kind, p.role, p.activity) for p in plan] == [
        (Kind.PREP, "account_manager", None)]


# ---- properties -------------------------------------------------------------------

# Days around the DST changes of 2026 in Paris (29 March, 25 October) and New York
# (8 March, 1 November), and ordinary days.
DAYS = st.sampled_from([date(2026, 3, 8), date(2026, 3, 9), date(2026, 3, 29),
                        date(2026, 3, 30), date(2026, 10, 25), date(2026, 10, 26),
                        date(2026, 11, 1), date(2026, 11, 2), MONDAY])
ZONES = st.sampled_from([PARIS, NEW_YORK])
MINUTE = st.integers(0, 24 * 12 - 1).map(lambda n: time(n // 12, n % 12 * 5))


@st.composite
def days(draw: st.DrawFn) -> tuple[date, ZoneInfo, list[Meeting], PlanRules, datetime,
                                   tuple[RoleConfig, ...]]:
    day, zone = draw(DAYS), draw(ZONES)
    starts = draw(st.lists(st.integers(0, 24 * 60 - 1), max_size=8))
    meetings = [meeting(day, time(s // 60, s % 60), draw(st.integers(5, 240)), f"m{i}",
                        zone=zone, busy=draw(st.booleans()))
                for i, s in enumerate(starts)]
    first, last = sorted(draw(st.lists(MINUTE, min_size=2, max_size=2, unique=True)))
    rules = PlanRules(first, last, draw(st.integers(0, 60)), draw(st.integers(0, 4)),
                      DayRules(day_start=draw(st.sampled_from([time(0, 0), time(4, 0)])),
                               working_weekdays=frozenset(draw(st.sets(
                                   st.integers(0, 6), min_size=1)))))
    now = datetime.combine(day, draw(MINUTE), tzinfo=zone) + timedelta(
        seconds=draw(st.integers(0, 299)))
    roles = draw(st.sampled_from([FIELD, OUTBOUND, BOTH,
                                  (RoleConfig.default(RoleId.SOLO),)]))
    return day, zone, meetings, rules, now, roles


def _utc(instant: datetime) -> datetime:
    # Aware datetimes sharing one tzinfo compare by their wall clocks: across a DST change
    # (a meeting at 02:00 on the spring-forward night, a time that does not exist) that is
    # not their order in time.
    return instant.astimezone(UTC)


def _overlap(a: Proposal | Meeting, b: Proposal | Meeting) -> bool:
    return _utc(a.start) < _utc(b.end) and _utc(b.start) < _utc(a.end)


SPRING_FORWARD = date(2026, 3, 29)  # Paris: 02:00 is 03:00


@settings(max_examples=300, deadline=None)
@given(days())
@example((SPRING_FORWARD, PARIS, [meeting(SPRING_FORWARD, time(2, 0), 5, busy=True)],
          PlanRules(time(0, 0), time(2, 0), 5, 0,
                    DayRules(day_start=time(0, 0), working_weekdays=frozenset(range(7)))),
          datetime.combine(SPRING_FORWARD, time(0, 0), tzinfo=PARIS), FIELD))
def test_proposals_keep_clear_of_meetings_each_other_the_past_and_off_hours(
        case: tuple[date, ZoneInfo, list[Meeting], PlanRules, datetime,
                    tuple[RoleConfig, ...]]) -> None:
    day, zone, meetings, rules, now, roles = case
    plan = plan_day(day, now, zone, meetings, roles, (), rules)
    if not rules.day.is_working_day(day):
        assert plan == ()
    for i, proposal in enumerate(plan):
        assert _utc(proposal.start) < _utc(proposal.end)
        assert _utc(proposal.start) >= _utc(now)
        assert not any(_overlap(proposal, m) for m in meetings if m.busy)
        assert not any(_overlap(proposal, other) for other in plan[i + 1:])
        day_begins = datetime.combine(day, rules.day.day_start, tzinfo=zone)
        day_ends = datetime.combine(day + timedelta(1), rules.day.day_start, tzinfo=zone)
        assert day_begins.astimezone(UTC) <= proposal.start.astimezone(UTC)
        assert proposal.end.astimezone(UTC) <= day_ends.astimezone(UTC)
        work_starts = datetime.combine(day, rules.work_start, tzinfo=zone).astimezone(UTC)
        work_ends = datetime.combine(day, rules.work_end, tzinfo=zone).astimezone(UTC)
        assert work_starts <= proposal.start.astimezone(UTC)
        assert proposal.end.astimezone(UTC) <= work_ends
        assert proposal.end.tzinfo is zone


def test_on_the_day_paris_springs_forward_a_power_hour_lasts_a_real_hour() -> None:
    change = date(2026, 3, 29)  # 02:00 does not exist: 01:00 to 04:00 holds two hours
    rules = PlanRules(time(1, 0), time(4, 0), power_hours=1,
                      day=DayRules(day_start=time(0, 0), working_weekdays=frozenset(range(7))))
    plan = plan_day(change, datetime.combine(change, time(0, 0), tzinfo=PARIS), PARIS, (),
                    OUTBOUND, (), rules)
    assert [(hm(p.start), hm(p.end), p.minutes) for p in plan] == [("01:00", "03:00", 60)]
    assert plan[0].end.astimezone(UTC) - plan[0].start.astimezone(UTC) == timedelta(hours=1)


def test_free_slots_are_what_meetings_and_proposals_leave_of_working_hours() -> None:
    from focusapp.core.planner import free_slots

    meetings = [meeting(MONDAY, time(10, 0)), meeting(MONDAY, time(17, 50), 30)]
    plan = plan_day(MONDAY, early(MONDAY), PARIS, meetings, OUTBOUND, (),
                    PlanRules(prep_minutes=0, power_hours=1))
    free = free_slots(MONDAY, early(MONDAY), PARIS, meetings,
                      [(p.start, p.end) for p in plan], PlanRules())
    # The power hour takes the start of the largest slot (11:00–17:50); the meeting at
    # 17:50 runs past the end of the working day.
    assert [(hm(s), hm(e)) for s, e in free] == [("09:00", "10:00"), ("12:00", "17:50")]
