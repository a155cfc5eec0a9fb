"""Away from the desk: the spells the idle samples reveal, and what naming one does."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.away import (
    AwaySpan,
    AwayWatch,
    IdleSample,
    at_desk,
    call_is_likely,
    with_away,
)
from focusapp.core.models import AwayKind, AwaySpell, DistractionSummary
from focusapp.core.scoring import block_awesome
from tests.core.factories import UTC1, block

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC1)
FIVE = timedelta(minutes=5)


class Desk:
    """A user at a desk, sampled every `step` seconds: wall and monotonic clocks, the last
    input, the distraction meter."""

    def __init__(self, step: float = 20.0) -> None:
        self.step = step
        self.mono = 1000.0
        self.wall = T0
        self.last_input = self.mono
        self.meter = 0.0
        self.watch = AwayWatch(FIVE)
        self.spells: list[AwaySpan] = []
        self.floor = T0  # the block's start, moved with the clock as the timer moves it

    def set_back(self, delta: timedelta) -> None:
        self.wall -= delta
        self.floor -= delta

    def sample(self) -> IdleSample:
        return IdleSample(self.wall, self.mono, self.mono - self.last_input, self.meter)

    def tick(self, *, typing: bool, floor: datetime | None = None) -> None:
        self.mono += self.step
        self.wall += timedelta(seconds=self.step)
        if typing:
            self.last_input = self.mono - 1
        self.watch, spell = self.watch.observe(self.sample(), floor or self.floor)
        if spell is not None:
            self.spells.append(spell)

    def minutes(self, n: float, *, typing: bool) -> None:
        for _ in range(round(n * 60 / self.step)):
            self.tick(typing=typing)


def test_twelve_minutes_away_make_one_spell_of_twelve_minutes():
    desk = Desk()
    desk.minutes(3, typing=True)
    desk.minutes(12, typing=False)
    assert desk.spells == []  # still away: nothing to ask yet
    desk.minutes(2, typing=True)
    assert len(desk.spells) == 1
    spell = desk.spells[0]
    # Left after the last input (a second before the 3-minute sample); back at the last
    # sample that still saw the stretch: never more than was really away.
    assert spell.start == T0 + timedelta(minutes=3, seconds=-1)
    assert spell.end == T0 + timedelta(minutes=15)
    assert spell.minutes == 12


def test_less_than_the_threshold_away_is_time_at_the_desk():
    desk = Desk()
    desk.minutes(1, typing=True)
    desk.minutes(4.5, typing=False)
    desk.minutes(1, typing=True)
    assert desk.spells == []


def test_idle_before_the_block_started_does_not_count():
    desk = Desk()
    desk.last_input = desk.mono - 30 * 60  # idle half an hour when the block starts
    floor = T0 + timedelta(seconds=20)
    for _ in range(3 * 20):  # 20 minutes more, still away
        desk.tick(typing=False, floor=floor)
    desk.tick(typing=True, floor=floor)
    assert [s.start for s in desk.spells] == [floor]


def test_distraction_measured_while_away_goes_with_the_spell():
    desk = Desk()
    desk.minutes(2, typing=True)
    desk.meter = 30.0  # a distracting site before leaving
    desk.minutes(1, typing=True)
    for _ in range(30):  # 10 minutes away, the site left in front keeps counting
        desk.meter += 20.0
        desk.tick(typing=False)
    desk.minutes(1, typing=True)
    assert desk.spells[0].distracted_seconds == pytest.approx(600.0)


def test_a_clock_set_back_while_away_places_the_spell_on_the_new_clock():
    desk = Desk()
    desk.minutes(1, typing=True)
    desk.minutes(6, typing=False)
    desk.set_back(timedelta(hours=1))  # the user's clock is corrected by an hour
    desk.minutes(6, typing=False)
    desk.minutes(1, typing=True)
    (spell,) = desk.spells
    assert spell.minutes == 12
    assert spell.end == desk.wall - timedelta(minutes=1)  # on the clock the user sees now


def test_close_ends_a_spell_still_going_on_at_the_end_of_the_block():
    desk = Desk()
    desk.minutes(1, typing=True)
    desk.minutes(8, typing=False)
    desk.mono += 5
    desk.wall += timedelta(seconds=5)
    spell = desk.watch.close(desk.sample(), T0)
    assert spell is not None
    assert spell.end == desk.wall
    assert desk.watch.close(replace(desk.sample(), idle_seconds=0.0), T0) is not None  # came back


# ---- properties -------------------------------------------------------------------------

steps = st.lists(
    st.tuples(st.booleans(), st.sampled_from([0, 0, 0, 0, -3600, -90, 7])),
    min_size=1, max_size=400)


@given(steps)
def test_spells_never_overlap_never_leave_the_block_and_last_the_threshold(moves):
    """Whatever the input pattern and clock changes, the spells mapped back to the
    monotonic clock (as the timer moves a running block with the wall clock) are ordered,
    apart, inside the block, and at least the threshold long."""
    desk = Desk()
    floor_mono = desk.mono
    spans: list[tuple[float, float]] = []
    for typing, set_back in moves:
        desk.wall += timedelta(seconds=set_back)
        floor = desk.wall - timedelta(seconds=desk.mono - floor_mono)  # the block's start
        before = len(desk.spells)
        desk.tick(typing=typing, floor=floor)
        for spell in desk.spells[before:]:
            offset = desk.wall - timedelta(seconds=desk.mono)
            spans.append(((spell.start - offset).total_seconds(),
                          (spell.end - offset).total_seconds()))
    for start, end in spans:
        assert floor_mono <= start
        assert end <= desk.mono
        assert end - start >= FIVE.total_seconds()
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end < start


# ---- naming a spell ---------------------------------------------------------------------

def _finished(minutes: float = 50, distracted: float = 0.0):
    return block(date(2026, 12, 1), minutes, distracted=distracted)


def test_a_break_pauses_the_block_for_that_time_and_a_call_does_not():
    b = _finished()
    spell = AwaySpell(b.start + timedelta(minutes=10), b.start + timedelta(minutes=22),
                      AwayKind.BREAK)
    assert with_away(b, spell).focused_minutes == pytest.approx(38)
    call = with_away(b, replace(spell, kind=AwayKind.CALL))
    assert call.focused_minutes == pytest.approx(50)
    assert call.away == (replace(spell, kind=AwayKind.CALL),)


def test_a_spell_is_kept_inside_its_block():
    b = _finished()
    spell = AwaySpell(b.start - timedelta(minutes=10), b.end + timedelta(minutes=10),
                      AwayKind.CALL)
    (kept,) = with_away(b, spell).away
    assert (kept.start, kept.end) == (b.start, b.end)


def test_the_focus_factor_counts_distraction_at_the_desk_only():
    # 50 minutes, 12 of them on a call with a distracting site left in front (8 minutes
    # counted by the meter meanwhile), 2 distracted minutes at the desk.
    b = _finished(distracted=600.0)
    before = block_awesome(b, key_activity=False, consistency=0.0)
    call = AwaySpell(b.start + timedelta(minutes=10), b.start + timedelta(minutes=22),
                     AwayKind.CALL, distracted_seconds=480.0)
    after = block_awesome(with_away(b, call), key_activity=False, consistency=0.0)
    assert before.focus == pytest.approx(1 + (1 - 10 / 50))
    assert after.focus == pytest.approx(1 + (1 - 2 / 38))
    assert after.time == before.time == pytest.approx(50)  # the call is work


def test_a_break_is_neither_time_nor_distraction():
    b = _finished(distracted=600.0)
    pause = AwaySpell(b.start + timedelta(minutes=10), b.start + timedelta(minutes=22),
                      AwayKind.BREAK, distracted_seconds=480.0)
    score = block_awesome(with_away(b, pause), key_activity=False, consistency=0.0)
    assert score.time == pytest.approx(38)
    assert score.focus == pytest.approx(1 + (1 - 2 / 38))


def test_a_block_spent_wholly_on_a_call_is_not_called_distracted():
    b = replace(_finished(), distraction=DistractionSummary(3000.0))
    call = AwaySpell(b.start, b.end, AwayKind.CALL, distracted_seconds=3000.0)  # type: ignore[arg-type]
    assert at_desk(with_away(b, call)) == (0.0, 0.0)
    assert block_awesome(with_away(b, call), key_activity=False, consistency=0.0).focus == 2.0


@pytest.mark.parametrize(("metric", "likely"), [
    ("conversations", True), ("meetings_held", True), ("touches", True),
    ("accounts_researched", False), ("proposals", False), (None, False)])
def test_on_a_call_is_the_default_for_activities_that_reach_people(metric, likely):
    assert call_is_likely(metric) is likely


def test_the_away_threshold_is_a_setting_of_2_to_60_minutes_5_by_default():
    from focusapp.core.errors import ValidationError
    from focusapp.core.models import Settings

    assert Settings().away_minutes == 5
    for wrong in (1, 61, 2.5, True):
        with pytest.raises(ValidationError) as refused:
            Settings(away_minutes=wrong)  # type: ignore[arg-type]
        assert refused.value.code == "setting.range"
