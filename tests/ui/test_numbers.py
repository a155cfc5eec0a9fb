"""Numbers in the user's language (issue 16): digits grouped and decimals written as the
locale writes them, in Today's progress line and the week strip."""

from __future__ import annotations

from dataclasses import replace

from focusapp.core.roles import DailyTarget, RoleConfig, RoleId
from focusapp.core.streaks import DayProgress
from focusapp.ui.day_text import progress_line
from tests.ui.language import speaking


def test_the_progress_line_groups_digits_as_french_does(qapp):
    config = replace(RoleConfig.default(RoleId.OUTBOUND_PROSPECTOR),
                     target=DailyTarget(minutes=1200, per_metric=(("touches", 1500),)))
    progress = DayProgress(minutes=1050.0, count=1234, by_metric={"touches": 1234})
    with speaking(qapp, "fr"):
        line = progress_line(config, progress)
    assert line == ("1\u202f050 / 1\u202f200 min · 1\u202f234 / 1\u202f500 prises de "
                    "contact")
    with speaking(qapp, "en"):
        assert progress_line(config, progress) == "1,050 / 1,200 min · 1,234 / 1,500 touches"
