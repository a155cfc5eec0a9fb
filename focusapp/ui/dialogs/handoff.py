"""A handoff in three taps: to whom, on time or not, which items of the brief it covered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.handoffs import MAX_TO_CHARS
from focusapp.core.text import fill
from focusapp.flows.shell import HandoffAnswer, HandoffForm
from focusapp.ui.names import checklist_item_name, role_name


class HandoffDialog(QDialog):
    def __init__(self, form: HandoffForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handoff"))
        layout = QFormLayout(self)
        intro = QLabel(fill(self.tr("How did the handoff from %1 go?"), role_name(form.role)))
        intro.setWordWrap(True)
        layout.addRow(intro)
        # Editable: a colleague or a service ("Customer care") is typed in.
        self.to = QComboBox()
        self.to.setEditable(True)
        typed = self.to.lineEdit()
        assert typed is not None  # an editable combo box has one
        typed.setMaxLength(MAX_TO_CHARS)
        for config in form.roles:
            if config.role.value != form.role:
                self.to.addItem(role_name(config.role.value), config.role.value)
        index = self.to.findData(form.to) if form.to else -1
        if index >= 0:
            self.to.setCurrentIndex(index)
        else:
            self.to.setCurrentText("")
            typed.setPlaceholderText(self.tr("A role, a colleague or a service"))
        layout.addRow(self.tr("&To"), self.to)
        self.on_time = QCheckBox(fill(self.tr("&On time (within the agreed %1 h)"),
                                      form.agreed_hours))
        self.on_time.setChecked(True)
        layout.addRow(self.on_time)
        brief = QGroupBox(self.tr("The brief covers"))
        column = QVBoxLayout(brief)
        self.items: dict[str, QCheckBox] = {}
        for item in form.checklist:
            box = QCheckBox(checklist_item_name(item))
            column.addWidget(box)
            self.items[item] = box
        layout.addRow(brief)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Skip"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def values(self) -> HandoffAnswer:
        """The receiver is a role id when a role was picked, else the text as typed."""
        index = self.to.currentIndex()
        picked = (self.to.itemData(index) if index >= 0
                  and self.to.itemText(index) == self.to.currentText() else None)
        return HandoffAnswer(
            to=str(picked) if picked else self.to.currentText(),
            on_time=self.on_time.isChecked(),
            ticked=tuple(item for item, box in self.items.items() if box.isChecked()),
        )
