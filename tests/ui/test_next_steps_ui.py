"""Field Sales' next step on screen (issue 12): the meeting's end dialog asks it in one
line with its date; Today names the meetings still without one, in the user's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate

from focusapp.core.next_steps import MEETING_ACTIVITY
from focusapp.ui.dialogs.block_end import BlockEndDialog
from focusapp.ui.today import OpenMeetingsPanel
from tests.core.factories import UTC1, block
from tests.ui.language import speaking

DAY = date(2026, 11, 24)


def test_a_meetings_end_dialog_asks_what_next_and_by_when(qtbot):
    meeting = block(DAY, 45, "field_sales", MEETING_ACTIVITY, at=time(14), tz=UTC1)
    dialog = BlockEndDialog(meeting, "meetings_held", next_step=True)
    qtbot.addWidget(dialog)
    assert dialog.next_step is not None and dialog.next_step_due is not None
    assert dialog.next_step_due.date() == QDate(2026, 11, 25)  # the next day, by default
    assert dialog.next_step_due.minimumDate() == QDate(2026, 11, 24)  # never before it
    qtbot.keyClicks(dialog.next_step, "Send the proposal")
    dialog.next_step_due.setDate(QDate(2026, 11, 27))
    assert dialog.next_step_answer() == ("Send the proposal", date(2026, 11, 27))
    other = BlockEndDialog(meeting, None)
    qtbot.addWidget(other)
    assert other.next_step is None and other.next_step_answer() == ("", None)


def test_today_names_the_meetings_without_a_next_step_in_french(qtbot, qapp):
    meetings = [block(DAY, 45, "field_sales", MEETING_ACTIVITY, at=time(h), tz=UTC1)
                for h in (9, 14)]
    with speaking(qapp, "fr"):
        panel = OpenMeetingsPanel()
        qtbot.addWidget(panel)
        panel.show_meetings(meetings)
        text = panel.label.text()
    assert text.startswith("2 rendez-vous sans prochaine étape datée\u00a0: 09:00, 14:00.")
    assert not panel.isHidden() and panel.lines() == (text,)
    panel.show_meetings([])
    assert panel.isHidden() and panel.lines() == ()


def test_the_review_says_the_weeks_meetings_and_their_next_steps(qapp):
    from focusapp.core.handoffs import HandoffFigures
    from focusapp.core.next_steps import NextStepFigures
    from focusapp.core.results import RoleResults
    from focusapp.ui.review_model import results_items

    result = RoleResults("field_sales", (0,) * 7, 0, 0.0, (), HandoffFigures(),
                         next_steps=NextStepFigures(meetings=4, dated_same_day=3))
    with speaking(qapp, "fr"):
        ((_, text),) = results_items({"field_sales": result})
    assert text.splitlines()[-1] == ("Rendez-vous réalisés\u00a0: 4 · avec une prochaine étape "
                                     "datée le jour même\u00a0: 3")


def test_the_review_gives_a_solo_sellers_week_of_hunting_and_farming_in_french(qapp):
    from focusapp.core.handoffs import HandoffFigures
    from focusapp.core.results import RoleResults
    from focusapp.core.roles import Balance
    from focusapp.ui.review_model import results_items

    result = RoleResults("solo", (0,) * 7, 0, 0.0, (), HandoffFigures(),
                         balance=Balance(hunting=300, farming=100))
    idle = replace(result, balance=Balance())
    with speaking(qapp, "fr"):
        ((_, text),) = results_items({"solo": result})
        ((_, nothing),) = results_items({"solo": idle})
    assert text.splitlines()[-1] == ("Chasse\u00a0: 300 min · élevage\u00a0: 100 min · "
                                     "75\u00a0% de chasse")
    assert nothing.splitlines()[-1] == "Chasse\u00a0: 0 min · élevage\u00a0: 0 min"
