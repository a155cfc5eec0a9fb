"""What the user sees when a block ends: the count metric, a one-line note, a break."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from focusapp.core.models import MAX_COUNT, NOTE_MAX_CHARS, Block
from focusapp.core.next_steps import MAX_STEP_CHARS
from focusapp.core.text import fill
from focusapp.ui.names import metric_name
from focusapp.ui.widths import placeholder


class BlockEndDialog(QDialog):
    def __init__(self, block: Block, metric: str | None, parent: QWidget | None = None,
                 accounts: Sequence[str] | None = None, next_step: bool = False) -> None:
        super().__init__(parent)
        self.block = block
        self.take_break = False
        self.setWindowTitle(self.tr("Focus block finished"))
        form = QFormLayout(self)
        form.addRow(QLabel(self._praise(block.focused_minutes)))
        self.count = QSpinBox()
        self.count.setRange(0, MAX_COUNT)
        self.count.setSpecialValueText(self.tr("not counted"))
        # What was counted during the block (+1) is there already: confirm or correct it.
        self.count.setValue(block.count or 0)
        self._counted = bool(metric) or bool(block.count)
        if metric:
            form.addRow(fill(self.tr("How many %1?"), metric_name(metric)), self.count)
        elif block.count:
            form.addRow(self.tr("How many did you count?"), self.count)
        else:
            self.count.hide()
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX_CHARS)
        placeholder(self.note, self.tr("Optional one-line note"))
        form.addRow(self.tr("&Note"), self.note)
        self.account = self._account_row(form, accounts)
        self.next_step: QLineEdit | None = None
        self.next_step_due: QDateEdit | None = None
        if next_step:
            self.next_step, self.next_step_due = self._next_step_row(form, block)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        # ActionRole, not AcceptRole: the box would accept before `_on_break` ran, and the
        # answer would go out without the break.
        self.break_button = buttons.addButton(self.tr("Save and take a &break"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.break_button.clicked.connect(self._on_break)
        buttons.accepted.connect(self.accept)
        form.addRow(buttons)

    def _account_row(self, form: QFormLayout,
                     accounts: Sequence[str] | None) -> QLineEdit | None:
        """An account manager's block: which account it touched, completed as one types
        (a name typed for the first time joins the list)."""
        if accounts is None:
            return None
        from focusapp.ui.accounts import AccountField

        field = AccountField(accounts)
        placeholder(field, self.tr("Optional: the account you touched"))
        form.addRow(self.tr("Account &touched"), field)
        return field

    def _next_step_row(self, form: QFormLayout, block: Block) -> tuple[QLineEdit, QDateEdit]:
        """A meeting's dated next step, in one line: what, and by when (Field Sales)."""
        text = QLineEdit()
        text.setMaxLength(MAX_STEP_CHARS)
        placeholder(text, self.tr("e.g. Send the proposal to the CFO"))
        due = QDateEdit(QDate(block.start.date()).addDays(1))
        due.setCalendarPopup(True)
        due.setMinimumDate(QDate(block.start.date()))
        row = QHBoxLayout()
        row.addWidget(text, 1)
        row.addWidget(due)
        label = QLabel(self.tr("Ne&xt step and its date"))
        label.setBuddy(text)
        form.addRow(label, row)
        return text, due

    def next_step_answer(self) -> tuple[str, date | None]:
        if self.next_step is None or self.next_step_due is None:
            return "", None
        due = self.next_step_due.date()
        return self.next_step.text(), date(due.year(), due.month(), due.day())

    def touched(self) -> str:
        return self.account.text() if self.account is not None else ""

    def _praise(self, minutes: float) -> str:
        if minutes < 1:  # a block stopped in its first minute: nothing to praise yet
            return self.tr("Less than a minute focused.")
        return self.tr("%n focused minute(s). Well done.", "", round(minutes))

    def _on_break(self) -> None:
        self.take_break = True
        self.accept()

    def values(self) -> tuple[int | None, str]:
        count = self.count.value() if self._counted and self.count.value() else None
        return count, self.note.text()


class StrictStopDialog(QDialog):
    """Stopping a strict block early: type the phrase, or take the emergency exit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.emergency = False
        self.setWindowTitle(self.tr("Stop a strict block?"))
        self.phrase = self.tr("I choose to stop this block")
        form = QFormLayout(self)
        prompt = QLabel(fill(self.tr("To stop early, type: <b>%1</b>"), self.phrase))
        prompt.setWordWrap(True)
        form.addRow(prompt)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Confirmation phrase"))
        form.addRow(self.typed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.stop_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.stop_button.setText(self.tr("&Stop the block"))
        self.stop_button.setEnabled(False)
        self.emergency_button = buttons.addButton(self.tr("&Emergency exit (abandon)"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.emergency_button.clicked.connect(self._on_emergency)
        self.typed.textChanged.connect(self._on_typed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_typed(self, text: str) -> None:
        self.stop_button.setEnabled(self.confirmed())

    def confirmed(self) -> bool:
        return " ".join(self.typed.text().split()).casefold() == self.phrase.casefold()

    def _on_emergency(self) -> None:
        self.emergency = True
        self.accept()
