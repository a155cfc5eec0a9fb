"""The team report: several exports of one rep are one rep (the newest wins); the grid a
manager reads; the handoffs between roles across the team."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from focusapp.core.days import IsoWeek
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.models import Settings, Tally
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.streaks import Cell
from focusapp.core.team import (
    Export,
    Rep,
    merge_reps,
    relays_csv,
    shared_names,
    team_marks,
    team_relays,
    team_rows,
)
from tests.core.factories import UTC1, block

ROLES = default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR}))
MONDAY = date(2026, 11, 23)


def _export(file: str, profile: str, when: int, blocks, name: str = "Ana") -> Export:
    return Export(file, name, profile, datetime(2026, 11, when, 18, tzinfo=UTC1), Settings(),
                  ROLES, (), tuple(blocks))


def test_one_reps_exports_merge_by_id_and_the_newest_wins():
    first = block(MONDAY, 50, count=3)
    again = replace(first, count=9)  # corrected after the first export
    later = block(MONDAY + timedelta(days=1), 50, count=4)
    reps = merge_reps([_export("w48b.json", "p1", 28, [again, later], "Ana Lopez"),
                       _export("w48a.json", "p1", 24, [first], "Ana"),
                       _export("old.json", "", 24, [first], "")])
    assert [(r.name, r.files) for r in reps] == [
        ("Ana Lopez", ("w48a.json", "w48b.json")), ("old.json", ("old.json",))]
    (row,) = [r for r in team_rows(reps[:1], IsoWeek(2026, 48), MONDAY + timedelta(days=6))]
    assert row.results.counts[:2] == (9, 4)  # counted once each, the correction kept
    assert row.met_days == 2


# ---- the grid: a missed day with some work is "partly" ------------------------------------

def test_a_missed_day_with_some_work_reads_partly_and_one_with_nothing_missed():
    # Target 60 min a day: Mon 60 (met), Tue 20 (short), Wed nothing, Thu only counted
    # between blocks (3 touches, no minutes), Fri nothing, as of Saturday (off).
    blocks = [block(MONDAY, 60), block(MONDAY + timedelta(days=1), 20)]
    tally = Tally(MONDAY + timedelta(days=3), "outbound_prospector",
                  "outbound_prospector.prospecting_block", 3)
    rep = replace(merge_reps([_export("a.json", "p1", 28, blocks)])[0], tallies=(tally,))
    (row,) = team_rows([rep], IsoWeek(2026, 48), MONDAY + timedelta(days=5))
    assert team_marks(row) == (Cell.MET, Cell.PARTLY, Cell.MISSED, Cell.PARTLY, Cell.MISSED,
                               Cell.OFF, Cell.FUTURE)


# ---- handoffs between roles, across the team ---------------------------------------------

OUT, FIELD, ACCOUNT = "outbound_prospector", "field_sales", "account_manager"


def _handoff(hid: str, day: int, role: str, to: str, status=HandoffStatus.SENT, *,
             on_time: bool = True, ticked=DEFAULT_CHECKLIST, hour: int = 10) -> Handoff:
    return Handoff(hid, datetime(2026, 11, day, hour, tzinfo=UTC1), role, to, on_time,
                   DEFAULT_CHECKLIST, ticked, status,
                   "no budget" if status is HandoffStatus.SENT_BACK else "")


def _rep_with(handoffs, profile: str = "p1") -> Rep:
    rep = merge_reps([_export(f"{profile}.json", profile, 28, [])])[0]
    return replace(rep, handoffs=tuple(handoffs))


A, S, B = HandoffStatus.ACCEPTED, HandoffStatus.SENT, HandoffStatus.SENT_BACK


@pytest.mark.parametrize(("reps", "expected"), [
    pytest.param([], [], id="no rep"),
    # Ana and Ben both prospect for Field Sales: their briefs add up into one relay.
    pytest.param([[_handoff("a1", 23, OUT, FIELD, A), _handoff("a2", 24, OUT, FIELD, A),
                   _handoff("a3", 25, OUT, FIELD, B, ticked=("need",))],
                  [_handoff("b1", 26, OUT, FIELD, A, on_time=False),
                   _handoff("b2", 27, OUT, FIELD, S)]],
                 [(OUT, FIELD, 5, 4, 4, 3, 1, 1)], id="two reps, one relay"),
    # Each receiver is its own row, a colleague typed by name too; sorted by sender, then
    # receiver whatever its case.
    pytest.param([[_handoff("c1", 24, FIELD, ACCOUNT, A), _handoff("c2", 24, OUT, FIELD, S),
                   _handoff("c3", 25, FIELD, "Marc (support)", B)]],
                 [(FIELD, ACCOUNT, 1, 1, 1, 1, 0, 0), (FIELD, "Marc (support)", 1, 1, 1, 0, 1, 0),
                  (OUT, FIELD, 1, 1, 1, 0, 0, 1)], id="receivers"),
    # Only the week's: Sunday 22 Nov and Monday 30 Nov are out; Sunday 29 at 23:00 is in.
    pytest.param([[_handoff("d1", 22, OUT, FIELD, A), _handoff("d2", 30, OUT, FIELD, A),
                   _handoff("d3", 29, OUT, FIELD, A, hour=23)]],
                 [(OUT, FIELD, 1, 1, 1, 1, 0, 0)], id="the week only"),
])
def test_handoffs_between_roles_add_up_across_the_team(reps, expected):
    relays = team_relays([_rep_with(h, f"p{i}") for i, h in enumerate(reps)], IsoWeek(2026, 48))
    assert [(r.sender, r.to, r.figures.sent, r.figures.on_time, r.figures.complete,
             r.figures.accepted, r.figures.sent_back, r.pending) for r in relays] == expected


def test_one_reps_handoff_exported_twice_is_counted_once_with_its_latest_answer():
    sent = _handoff("h1", 24, OUT, FIELD, S)
    reps = merge_reps([
        replace(_export("w48a.json", "p1", 25, []), handoffs=(sent,)),
        replace(_export("w48b.json", "p1", 28, []), handoffs=(replace(sent, status=A),)),
    ])
    (relay,) = team_relays(reps, IsoWeek(2026, 48))
    assert (relay.figures.sent, relay.figures.accepted, relay.pending) == (1, 1, 0)


def test_the_relays_csv_has_a_row_per_sender_and_receiver():
    relays = team_relays([_rep_with([_handoff("a1", 23, OUT, FIELD, A),
                                     _handoff("a2", 24, OUT, FIELD, S)])], IsoWeek(2026, 48))
    assert relays_csv(relays, IsoWeek(2026, 48)).splitlines() == [
        "week,from_role,to,sent,on_time,complete,accepted,sent_back,pending",
        "2026-W48,outbound_prospector,field_sales,2,2,2,1,0,1",
    ]


def test_two_reps_of_one_name_are_told_apart_and_one_rep_exported_twice_is_not():
    reps = merge_reps([_export("ana.json", "p1", 24, [], "Ana Lopez"),
                       _export("ana-again.json", "p1", 28, [], "Ana Lopez"),
                       _export("ana-laptop.json", "p2", 28, [], "ana lopez"),
                       _export("ben.json", "p3", 28, [], "Ben")])
    assert shared_names(reps) == {"ana lopez"}
