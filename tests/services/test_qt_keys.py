"""Qt enum settings by key name (services/qt_keys.py): set as named, a typo refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from focusapp.services.qt_keys import set_keys


def test_keys_and_flags_are_set_by_name(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_keys(label, textFormat="PlainText",
             textInteractionFlags="TextSelectableByMouse|TextSelectableByKeyboard")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == (Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    timer = QTimer()
    set_keys(timer, timerType="VeryCoarseTimer")
    assert timer.timerType() == Qt.TimerType.VeryCoarseTimer


@pytest.mark.parametrize(("name", "key"), [("textFormat", "Plaintext"),
                                           ("textFormats", "PlainText")])
def test_a_wrong_key_or_property_is_refused(qtbot, name: str, key: str) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=name):
        set_keys(label, **{name: key})
    assert label.textFormat() == Qt.TextFormat.AutoText  # unchanged
