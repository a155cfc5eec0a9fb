"""A solo seller's day reads as hunting against farming (issue 12): their chip in Today
splits the day's focused minutes, whatever practices the blocks were on."""

from __future__ import annotations

from datetime import date

from focusapp.core.roles import Balance, RoleId, hunting_and_farming, practice_of
from focusapp.core.streaks import RoleStreak
from focusapp.ui.today import StreakChip, solo_balance
from tests.core.factories import block
from tests.ui.language import speaking

DAY = date(2026, 12, 2)
SOLO = RoleId.SOLO.value


def test_each_practice_is_hunting_or_farming_and_own_activities_are_neither():
    assert practice_of("account_manager.value_touches") is RoleId.ACCOUNT_MANAGER
    assert practice_of("custom.1") is None and practice_of(None) is None
    balance = hunting_and_farming([("outbound_prospector.prospecting_block", 30.0),
                                   ("field_sales.prospect_meetings", 25.0),
                                   ("account_manager.health_review", 20.0),
                                   ("custom.1", 15.0), (None, 10.0)])
    assert balance == Balance(hunting=55.0, farming=20.0)


def test_the_solo_chip_says_the_days_balance(qtbot, qapp):
    blocks = [block(DAY, 40, SOLO, "inbound_qualifier.qualification_conversations"),
              block(DAY, 15, SOLO, "account_manager.value_touches"),
              block(DAY, 50, "field_sales", "field_sales.prospect_meetings")]  # not solo
    streak = RoleStreak(SOLO, current=2, best=4, consistency=0.5, strength=0.4, weekly=0,
                        freezes_held=0, freezes_earned=0, freezes_used=0, today_met=False)
    with speaking(qapp, "fr"):
        chip = StreakChip(streak, balance=solo_balance(blocks))
    qtbot.addWidget(chip)
    assert chip.balance.text() == "chasse 40 min · élevage 15 min"
    assert chip.balance.isVisibleTo(chip)
    other = StreakChip(RoleStreak("field_sales", 0, 0, 0.0, 0.0, 0, 0, 0, 0, False))
    qtbot.addWidget(other)
    assert not other.balance.isVisibleTo(other)  # only a solo seller's day is split
