"""The question asked back at the desk, by keyboard, in English and French; the week's time
away in the review's numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from focusapp.core.days import IsoWeek
from focusapp.core.models import AwayKind, AwaySpell
from focusapp.core.review import WeekReview, WeekState
from focusapp.flows.shell import AwayAnswer, AwayQuestion
from focusapp.ui.dialogs.away import AwayDialog
from focusapp.ui.review_model import summary_items
from tests.core.factories import block


def shown(qtbot, question: AwayQuestion) -> AwayDialog:
    dialog = AwayDialog(question)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.choices[question.default].hasFocus())
    return dialog


def test_the_question_says_how_long_and_offers_the_default_first(qtbot, english):
    dialog = shown(qtbot, AwayQuestion(12, AwayAnswer.CALL))
    assert dialog.heading.text() == "You were away 12 min. What was it?"
    assert [b.text() for b in dialog.choices.values()] == [
        "&On a call or in a meeting (counts as work)",
        "A &break (not counted: the block is paused for that time)",
        "&Discard this block (it ends, abandoned, when you left)"]
    assert dialog.answer is AwayAnswer.CALL


def test_answered_by_keyboard_alone(qtbot, english):
    dialog = shown(qtbot, AwayQuestion(12, AwayAnswer.CALL))
    answers: list[AwayAnswer] = []
    dialog.accepted.connect(lambda: answers.append(dialog.answer))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # from "on a call" to "a break"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert answers == [AwayAnswer.BREAK]


def test_the_question_in_french(qtbot, french):
    dialog = shown(qtbot, AwayQuestion(12, AwayAnswer.BREAK))
    assert dialog.windowTitle() == "Bon retour"
    assert dialog.heading.text() == "Absence de 12 min. Qu’était-ce\u00a0?"
    assert dialog.choices[AwayAnswer.CALL].text() == (
        "Au &téléphone ou en réunion (compte comme du travail)")
    assert dialog.ok_button.text() == "&Enregistrer"
    assert dialog.answer is AwayAnswer.BREAK


def _week_with_away() -> WeekReview:
    b = block(date(2026, 11, 30), 50)
    minute = timedelta(minutes=1)
    b = replace(b, away=(
        AwaySpell(b.start + 5 * minute, b.start + 17 * minute, AwayKind.CALL),
        AwaySpell(b.start + 30 * minute, b.start + 35 * minute, AwayKind.BREAK)))
    return WeekReview(IsoWeek(2026, 49), WeekState.NORMAL, (), {}, {}, 0, 0, None, None, (),
                      (), 0, (b,))


@pytest.mark.parametrize(("fixture", "label", "value"), [
    ("english", "Away from the desk", "17 min (12 min on calls, 5 min on breaks)"),
    ("french", "Loin du bureau", "17 min (12 min en appels, 5 min en pauses)"),
])
def test_the_week_in_numbers_shows_time_away(request, fixture, label, value):
    request.getfixturevalue(fixture)
    assert dict(summary_items(_week_with_away()))[label] == value
