"""Back at the desk after a spell away during a block: one question, three answers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from focusapp.flows.shell import AwayAnswer, AwayQuestion


class AwayDialog(QDialog):
    """`answer` is what the user picked (the question's default until they pick)."""

    def __init__(self, question: AwayQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome back"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("You were away %n min. What was it?", "",
                                      question.minutes))
        layout.addWidget(self.heading)
        texts = {
            AwayAnswer.CALL: self.tr("&On a call or in a meeting (counts as work)"),
            AwayAnswer.BREAK: self.tr("A &break (not counted: the block is paused for that "
                                      "time)"),
            AwayAnswer.DISCARD: self.tr("&Discard this block (it ends, abandoned, when you "
                                        "left)"),
        }
        self.group = QButtonGroup(self)
        self.choices: dict[AwayAnswer, QRadioButton] = {}
        for answer, text in texts.items():
            button = QRadioButton(text)
            self.group.addButton(button)
            layout.addWidget(button)
            self.choices[answer] = button
        self.choices[question.default].setChecked(True)
        self.choices[question.default].setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @property
    def answer(self) -> AwayAnswer:
        return next(a for a, button in self.choices.items() if button.isChecked())
