"""The One Thing question in the morning, and the evening check with one-click carry-over."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.errors import ValidationError
from focusapp.core.models import ONE_THING_MAX_CHARS, Day, OneThingStatus, validate_one_thing
from focusapp.core.roles import RoleConfig
from focusapp.core.text import fill
from focusapp.ui.names import activity_name, role_name
from focusapp.ui.problems import error_message
from focusapp.ui.widths import placeholder


class OneThingDialog(QDialog):
    """Asks the One Thing question; refuses empty or over-long text in place."""

    def __init__(
        self,
        roles: Sequence[RoleConfig],
        current: Day | None = None,
        default_role: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your One Thing today"))
        self._roles = [r for r in roles if r.enabled] or list(roles)
        layout = QVBoxLayout(self)
        question = QLabel(self.tr(
            "What is the ONE thing you can do today such that by doing it "
            "everything else becomes easier or unnecessary?"))
        question.setWordWrap(True)
        layout.addWidget(question)

        form = QFormLayout()
        self.text = QLineEdit(current.one_thing if current and current.one_thing else "")
        # One character more than allowed, so an over-long paste is refused with a message
        # instead of being silently cut.
        self.text.setMaxLength(ONE_THING_MAX_CHARS + 1)
        placeholder(self.text, self.tr("One sentence"))
        form.addRow(self.tr("&One Thing"), self.text)
        self.role = QComboBox()
        for config in self._roles:
            self.role.addItem(role_name(config.role.value), config.role.value)
        wanted = (current.role if current else None) or default_role
        if wanted and (index := self.role.findData(wanted)) >= 0:
            self.role.setCurrentIndex(index)
        form.addRow(self.tr("&Role"), self.role)
        self.activity = QComboBox()
        form.addRow(self.tr("&Key activity"), self.activity)
        self.role.currentIndexChanged.connect(self._fill_activities)
        self._fill_activities()
        if current and current.activity and (i := self.activity.findData(current.activity)) >= 0:
            self.activity.setCurrentIndex(i)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_activities(self) -> None:
        self.activity.clear()
        self.activity.addItem(self.tr("Any activity of the role"), None)
        role_id = self.role.currentData()
        config = next((r for r in self._roles if r.role.value == role_id), None)
        for act in config.activities if config else ():
            self.activity.addItem(activity_name(act), act.id)

    def accept(self) -> None:
        try:
            validate_one_thing(self.text.text())
        except ValidationError as error:
            self.error.setText(error_message(error))
            self.error.show()
            self.text.setFocus()
            return
        super().accept()

    def values(self) -> tuple[str, str, str | None]:
        return self.text.text(), str(self.role.currentData()), self.activity.currentData()


class EveningCheckDialog(QDialog):
    """Done / partly / not done; a not-done One Thing can be carried over in one click."""

    def __init__(self, day: Day, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.status: OneThingStatus | None = None
        self.carry_over = False
        self.setWindowTitle(self.tr("How did your One Thing go?"))
        layout = QVBoxLayout(self)
        when = format_day(day.day, QLocale.FormatType.LongFormat)
        intro = QLabel(fill(self.tr("Your One Thing for %1:"), when))
        layout.addWidget(intro)
        text = QLabel(f"<b>{_escape(day.one_thing or '')}</b>")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.done_button = QPushButton(self.tr("&Done"))
        self.partly_button = QPushButton(self.tr("&Partly"))
        self.not_done_button = QPushButton(self.tr("&Not done"))
        self.carry_button = QPushButton(
            self.tr("Not done – &carry it over to the next working day"))
        for button, status, carry in (
            (self.done_button, OneThingStatus.DONE, False),
            (self.partly_button, OneThingStatus.PARTLY, False),
            (self.not_done_button, OneThingStatus.NOT_DONE, False),
            (self.carry_button, OneThingStatus.NOT_DONE, True),
        ):
            button.clicked.connect(lambda _=False, s=status, c=carry: self._answer(s, c))
            layout.addWidget(button)

    def _answer(self, status: OneThingStatus, carry: bool) -> None:
        self.status = status
        self.carry_over = carry
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def format_day(day: date, form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    return str(QLocale().toString(QDate(day.year, day.month, day.day), form))
