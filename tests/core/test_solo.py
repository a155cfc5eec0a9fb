"""The solo seller (issue 12): one daily target across the practices they do, judged once,
and a week's balance of hunting and farming in the review and the team report."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime, time

from focusapp.core.days import IsoWeek
from focusapp.core.models import Settings
from focusapp.core.roles import DailyTarget, RoleConfig, RoleId, default_role_configs
from focusapp.core.streaks import daily_progress, target_met
from focusapp.core.team import Export, merge_reps, team_csv, team_rows
from tests.core.factories import UTC1, block

DAY = date(2026, 11, 24)  # a Tuesday
PROSPECTING = "outbound_prospector.prospecting_block"
ACCOUNT_CARE = "account_manager.health_review"


def solo(target_minutes: int = 60) -> RoleConfig:
    config = RoleConfig.default(RoleId.SOLO).with_practices(
        {RoleId.OUTBOUND_PROSPECTOR, RoleId.ACCOUNT_MANAGER})
    return replace(config, target=DailyTarget(minutes=target_minutes))


def test_the_activity_ids_used_here_are_the_solo_sellers():
    held = {a.id for a in solo().activities}
    assert {PROSPECTING, ACCOUNT_CARE} <= held


def test_minutes_in_different_practices_add_up_to_one_daily_target():
    config = solo(60)
    day = [block(DAY, 30, "solo", PROSPECTING, at=time(9)),
           block(DAY, 30, "solo", ACCOUNT_CARE, at=time(14))]
    progress = daily_progress(day, [], (config,), time(4))["solo"]
    assert set(daily_progress(day, [], (config,), time(4))) == {"solo"}  # one judgment
    assert target_met(progress[DAY], config.target)
    half = daily_progress(day[:1], [], (config,), time(4))["solo"]
    assert not target_met(half[DAY], config.target)


def test_the_team_report_gives_a_solo_sellers_week_of_hunting_and_farming():
    roles = tuple(solo() if c.role is RoleId.SOLO else c
                  for c in default_role_configs(frozenset({RoleId.SOLO, RoleId.FIELD_SALES})))
    blocks = (block(DAY, 50, "solo", PROSPECTING, at=time(9)),
              block(DAY, 25, "solo", ACCOUNT_CARE, at=time(11)),
              block(DAY, 45, "field_sales", "field_sales.meeting_preparation", at=time(15)))
    export = Export("ana.json", "Ana", "p1", datetime.combine(DAY, time(18), UTC1), Settings(),
                    roles, (), blocks)
    rows = team_rows(merge_reps([export]), IsoWeek.of(DAY), DAY)
    by_role = {row["role"]: row for row in csv.DictReader(io.StringIO(
        team_csv(rows, IsoWeek.of(DAY))))}
    assert (by_role["solo"]["hunting_minutes"], by_role["solo"]["farming_minutes"]) == ("50",
                                                                                          "25")
    assert (by_role["field_sales"]["hunting_minutes"],
            by_role["field_sales"]["farming_minutes"]) == ("", "")
