"""A role's week of results (issue 11): counts per day against last week and the four
before, the funnel of its metrics, its handoffs."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.days import IsoWeek
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.models import Tally
from focusapp.core.results import role_results
from focusapp.core.roles import RoleConfig, RoleId
from focusapp.core.streaks import daily_progress
from tests.core.factories import UTC1, block

OP = RoleId.OUTBOUND_PROSPECTOR
ROLES = (RoleConfig.default(OP),)
WEEK = IsoWeek(2026, 48)  # Monday 23 November 2026
MONDAY = WEEK.monday
DAY_START = time(4)


def _results(blocks=(), tallies=(), handoffs=()):
    progress = daily_progress(blocks, [], ROLES, DAY_START, tallies)
    return role_results(WEEK, ROLES, progress, blocks, tallies, handoffs, DAY_START)[OP.value]


def test_a_worked_week_counts_funnel_and_handoffs():
    tue, wed = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    blocks = [
        block(tue, 50, activity="outbound_prospector.prospecting_block", count=40),
        block(wed, 50, activity="outbound_prospector.prospecting_block", count=60),
        block(wed, 25, activity="outbound_prospector.conversations", count=20, at=time(14)),
        block(MONDAY - timedelta(days=7), 50, count=30),  # last week
        block(MONDAY - timedelta(days=14), 50, count=10),
    ]
    tallies = [Tally(wed, OP.value, "outbound_prospector.pass_to_field_sales", 5)]
    sent = [Handoff(f"h{i}", datetime.combine(wed, time(10 + i), UTC1), OP.value, "field_sales",
                    on_time, DEFAULT_CHECKLIST, DEFAULT_CHECKLIST if complete else (), status)
            for i, (on_time, complete, status) in enumerate((
                (True, True, HandoffStatus.ACCEPTED), (True, False, HandoffStatus.SENT_BACK),
                (False, True, HandoffStatus.SENT), (True, True, HandoffStatus.ACCEPTED)))]
    results = _results(blocks, tallies, sent)
    assert results.counts == (0, 40, 85, 0, 0, 0, 0) and results.total == 125
    assert (results.last_week, results.average) == (30, 10.0)  # (30 + 10 + 0 + 0) / 4
    funnel = [(s.metric, s.count, s.conversion) for s in results.funnel]
    assert funnel == [("accounts_researched", 0, None), ("touches", 100, None),
                      ("conversations", 20, 0.2), ("briefs", 5, 0.25)]
    figures = results.handoffs
    assert (figures.sent, figures.on_time, figures.complete, figures.accepted) == (4, 3, 3, 2)
    assert figures.accepted_share == 2 / 3  # the one not answered yet is not held against it


@given(st.lists(st.tuples(st.integers(-35, 6), st.integers(0, 30), st.booleans()),
                max_size=25))
def test_the_week_total_is_the_sum_of_its_blocks_and_tallies(entries):
    blocks, tallies = [], []
    for offset, n, in_block in entries:
        day = MONDAY + timedelta(days=offset)
        if in_block:
            blocks.append(block(day, 25, count=n))
        else:
            tallies.append(Tally(day, OP.value, "outbound_prospector.prospecting_block", n))
    in_week = sum(n for offset, n, _ in entries if 0 <= offset <= 6)
    results = _results(blocks, tallies)
    assert results.total == in_week
    assert results.funnel[1].count == in_week  # touches: the only metric counted here
    last = sum(n for offset, n, _ in entries if -7 <= offset <= -1)
    assert results.last_week == last
