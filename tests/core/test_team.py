"""The team report's merge: several exports of one rep are one rep; the newest wins."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from focusapp.core.days import IsoWeek
from focusapp.core.models import Settings
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.team import Export, merge_reps, team_rows
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
