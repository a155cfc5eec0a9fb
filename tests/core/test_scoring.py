from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.scoring import (
    awesome,
    block_awesome,
    energy_factor,
    focus_share,
    importance_factor,
)
from tests.core.factories import block


@pytest.mark.parametrize(
    ("minutes", "energy", "q", "one_thing", "key", "consistency", "expected"),
    [
        # SPEC §7: an hour of distracted busy work on a tired day scores 60
        (60, 1, 0.0, False, False, 0.0, 60.0),
        # an hour on the One Thing, rested, undistracted, after a perfect month: 60 × 8² = 3,840
        (60, 5, 1.0, True, False, 1.0, 3840.0),
        (60, 5, 1.0, False, True, 0.0, 60 * 2 * 2 * 1.5),
        (30, 3, 0.5, False, False, 0.5, 30 * (1.5 * 1.5) ** 1.5),
        (0, 5, 1.0, True, True, 1.0, 0.0),
    ],
)
def test_spec_examples(minutes, energy, q, one_thing, key, consistency, expected):
    result = awesome(minutes, energy, q, one_thing, key, consistency)
    assert result.value == pytest.approx(expected)


def test_the_result_keeps_its_factors():
    result = awesome(60, 5, 1.0, True, False, 1.0)
    assert (result.time, result.energy, result.focus, result.important, result.consistency) == (
        60.0,
        2.0,
        2.0,
        2.0,
        2.0,
    )


def test_factor_bounds():
    assert [energy_factor(e) for e in range(1, 6)] == [1.0, 1.25, 1.5, 1.75, 2.0]
    assert importance_factor(True, True) == 2.0
    assert importance_factor(False, True) == 1.5
    assert importance_factor(False, False) == 1.0


def test_interruptions_cost_two_minutes_each():
    # 50 focused minutes, 5 distracted minutes detected, 2 interruptions: 9 minutes lost
    assert focus_share(50 * 60, 5 * 60, 2) == pytest.approx(1 - 9 / 50)
    assert focus_share(10 * 60, 60 * 60, 0) == 0.0
    assert focus_share(0, 0, 0) == 0.0


def test_block_awesome_uses_focused_time_and_distraction():
    b = block(date(2026, 11, 23), minutes=40, energy=5, distracted=10 * 60)
    result = block_awesome(b, key_activity=True, consistency=0.5)
    assert result.time == pytest.approx(40)
    assert result.focus == pytest.approx(1 + 30 / 40)
    assert result.value == pytest.approx(40 * (2.0 * 1.75 * 1.5) ** 1.5)


unit = st.floats(0, 1, allow_nan=False)
energies = st.integers(1, 5)
minutes = st.floats(0, 600, allow_nan=False)


@given(minutes, minutes, energies, unit, st.booleans(), st.booleans(), unit)
def test_monotone_in_time(t1, t2, e, q, one, key, c):
    lo, hi = sorted((t1, t2))
    assert awesome(lo, e, q, one, key, c).value <= awesome(hi, e, q, one, key, c).value


@given(minutes, energies, energies, unit, st.booleans(), st.booleans(), unit)
def test_monotone_in_energy(t, e1, e2, q, one, key, c):
    lo, hi = sorted((e1, e2))
    assert awesome(t, lo, q, one, key, c).value <= awesome(t, hi, q, one, key, c).value


@given(minutes, energies, unit, unit, st.booleans(), st.booleans(), unit)
def test_monotone_in_focus(t, e, q1, q2, one, key, c):
    lo, hi = sorted((q1, q2))
    assert awesome(t, e, lo, one, key, c).value <= awesome(t, e, hi, one, key, c).value


@given(minutes, energies, unit, unit)
def test_monotone_in_importance(t, e, q, c):
    values = [
        awesome(t, e, q, False, False, c).value,
        awesome(t, e, q, False, True, c).value,
        awesome(t, e, q, True, False, c).value,
    ]
    assert values == sorted(values)


@given(minutes, energies, unit, st.booleans(), st.booleans(), unit, unit)
def test_monotone_in_consistency(t, e, q, one, key, c1, c2):
    lo, hi = sorted((c1, c2))
    assert awesome(t, e, q, one, key, lo).value <= awesome(t, e, q, one, key, hi).value
