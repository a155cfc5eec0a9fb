""""Power hour in 5 min": a scheduled block about to start by itself, with Start / Snooze 10 /
Skip. Not modal, and above other windows: it must be seen, never block the work. Closed
without an answer (Escape), it says nothing: the block still starts at its time, as it says."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from focusapp.core.text import fill
from focusapp.flows.shell import ScheduledAnswer, ScheduledNotice


def heads_up_title(notice: ScheduledNotice) -> str:
    """The notification's title: the block's name in the user's words, and when."""
    return fill(QCoreApplication.translate("ScheduledDialog", "%1 in %n min", "",
                                           notice.minutes), notice.name)


def heads_up_text(notice: ScheduledNotice) -> str:
    return fill(QCoreApplication.translate("ScheduledDialog", "It starts by itself at %1."),
                notice.start.strftime("%H:%M"))


class ScheduledDialog(QDialog):
    def __init__(self, notice: ScheduledNotice, answer: Callable[[ScheduledAnswer], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(heads_up_title(notice))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self._answer = answer
        layout = QVBoxLayout(self)
        self.title = QLabel(f"<b>{heads_up_title(notice)}</b>")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(heads_up_text(notice)))
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.start_button = buttons.addButton(self.tr("&Start now"), role.AcceptRole)
        self.snooze_button = buttons.addButton(self.tr("S&nooze 10 min"), role.ActionRole)
        self.skip_button = buttons.addButton(self.tr("S&kip today"), role.RejectRole)
        self.start_button.clicked.connect(lambda: self._done(ScheduledAnswer.START))
        self.snooze_button.clicked.connect(lambda: self._done(ScheduledAnswer.SNOOZE))
        self.skip_button.clicked.connect(lambda: self._done(ScheduledAnswer.SKIP))
        layout.addWidget(buttons)
        self.start_button.setFocus()

    def _done(self, choice: ScheduledAnswer) -> None:
        self.accept()
        self._answer(choice)
