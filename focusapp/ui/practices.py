"""What a solo seller does themselves: the specialised roles' work they keep. Asked by the
first-run wizard and shown in Settings → Roles for the solo seller."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout

from focusapp.core.roles import SOLO_PRACTICES, Activity, RoleId, solo_practices
from focusapp.ui.names import practice_name


class PracticesBox(QGroupBox):
    """One box per practice; a practice's activities (without the handoffs a solo seller
    does not have) are the solo seller's when it is ticked."""

    changed = Signal()

    def __init__(self, activities: Sequence[Activity]) -> None:
        super().__init__(self.tr("As a solo seller, what do you do yourself?"))
        held = solo_practices(activities) or frozenset(SOLO_PRACTICES)
        layout = QVBoxLayout(self)
        self.boxes: dict[RoleId, QCheckBox] = {}
        for practice in SOLO_PRACTICES:
            box = QCheckBox(practice_name(practice.value))
            box.setChecked(practice in held)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[practice] = box

    def chosen(self) -> tuple[RoleId, ...]:
        return tuple(role for role, box in self.boxes.items() if box.isChecked())

    def show_activities(self, activities: Sequence[Activity]) -> None:
        held = solo_practices(activities)
        self.blockSignals(True)
        for practice, box in self.boxes.items():
            box.setChecked(practice in held)
        self.blockSignals(False)
