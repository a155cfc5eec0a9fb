"""Speed-to-lead in the team report: a rep's leads merged across their exports (each lead
once, in its newest state), and the team CSV's lead columns."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone

from focusapp.core.days import IsoWeek
from focusapp.core.leads import Lead
from focusapp.core.models import Settings
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.team import Export, merge_reps, team_csv, team_rows

PARIS = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
ROLES = default_role_configs(frozenset({RoleId.INBOUND_QUALIFIER}))


def _export(name: str, at: datetime, leads: tuple[Lead, ...]) -> Export:
    return Export(name, "Ana", "p1", at, Settings(), ROLES, (), (), leads=leads)


def test_a_reps_leads_are_merged_once_newest_state_first_and_go_to_the_csv() -> None:
    waiting = Lead("a1", MONDAY, "inbound_qualifier", 5, "Acme")
    touched = waiting.touched(MONDAY + timedelta(minutes=2))
    late = Lead("b2", MONDAY, "inbound_qualifier", 5, "Globex", MONDAY + timedelta(minutes=7))
    older = _export("mon.json", MONDAY + timedelta(hours=1), (waiting,))
    newer = _export("tue.json", MONDAY + timedelta(days=1), (touched, late))
    (rep,) = merge_reps([newer, older])
    assert sorted(lead.id for lead in rep.leads) == ["a1", "b2"]
    rows = team_rows([rep], IsoWeek(2026, 48), date(2026, 11, 27))
    (row,) = csv.DictReader(io.StringIO(team_csv(rows, IsoWeek(2026, 48))))
    assert (row["leads"], row["leads_in_time"], row["leads_late"], row["leads_untouched"],
            row["lead_median_seconds"]) == ("2", "1", "1", "0", "270")
