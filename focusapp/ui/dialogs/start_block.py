"""Start a focus block: length, role, activity, one-tap energy, strict mode."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from focusapp.core.models import MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES
from focusapp.core.roles import RoleConfig
from focusapp.core.text import fill
from focusapp.services.timer import StartRequest
from focusapp.ui.names import activity_name, role_name

DEFAULT_ENERGY = 3


class StartBlockDialog(QDialog):
    def __init__(
        self,
        roles: Sequence[RoleConfig],
        presets: Sequence[int],
        *,
        minutes: int | None = None,
        role: str | None = None,
        activity: str | None = None,
        strict: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a focus block"))
        self._roles = [r for r in roles if r.enabled] or list(roles)
        self._presets = list(presets)
        form = QFormLayout(self)

        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_BLOCK_MINUTES, MAX_BLOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(minutes or presets[0])
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        preset_row = QHBoxLayout()
        self.preset_buttons: list[QPushButton] = []
        for value in presets:
            button = QPushButton(self.tr("%n min", "", value))
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter always means Start, whatever has the focus
            button.setChecked(value == self.minutes.value())
            button.clicked.connect(lambda _=False, v=value: self.minutes.setValue(v))
            preset_row.addWidget(button)
            self.preset_buttons.append(button)
        preset_row.addWidget(self.minutes)
        self.minutes.valueChanged.connect(self._on_minutes_changed)
        form.addRow(_label_for(self.tr("&Length"), self.minutes), preset_row)

        self.role = QComboBox()
        for config in self._roles:
            self.role.addItem(role_name(config.role.value), config.role.value)
        if role is not None and (index := self.role.findData(role)) >= 0:
            self.role.setCurrentIndex(index)
        form.addRow(self.tr("&Role"), self.role)

        self.activity = QComboBox()
        form.addRow(self.tr("&Activity"), self.activity)
        self.role.currentIndexChanged.connect(self._fill_activities)
        self._fill_activities()
        if activity is not None and (index := self.activity.findData(activity)) >= 0:
            self.activity.setCurrentIndex(index)

        energy_row = QHBoxLayout()
        self.energy_group = QButtonGroup(self)
        self.energy_group.setExclusive(True)
        for level in range(1, 6):
            button = QPushButton(str(level))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(fill(self.tr("Energy %1 of 5"), str(level)))
            button.setChecked(level == DEFAULT_ENERGY)
            self.energy_group.addButton(button, level)
            energy_row.addWidget(button)
        energy = self.energy_group.checkedButton() or self.energy_group.buttons()[0]
        form.addRow(_label_for(self.tr("&Energy (1 tired – 5 rested)"), energy), energy_row)

        self.strict = QCheckBox(self.tr("&Strict mode: stopping early needs a typed phrase"))
        self.strict.setChecked(strict)
        form.addRow(self.strict)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_minutes_changed(self, value: int) -> None:
        for button, preset in zip(self.preset_buttons, self._presets, strict=True):
            button.setChecked(preset == value)

    def _fill_activities(self) -> None:
        self.activity.clear()
        config = self._current_role()
        if config is not None:
            for act in config.activities:
                self.activity.addItem(activity_name(act), act.id)
        self.activity.addItem(activity_name(None), None)

    def _current_role(self) -> RoleConfig | None:
        role_id = self.role.currentData()
        return next((r for r in self._roles if r.role.value == role_id), None)

    def request(self, serves_one_thing: bool = False) -> StartRequest:
        return StartRequest(
            minutes=self.minutes.value(),
            role=str(self.role.currentData()),
            activity=self.activity.currentData(),
            energy=self.energy_group.checkedId(),
            strict=self.strict.isChecked(),
            serves_one_thing=serves_one_thing,
        )


def _label_for(text: str, buddy: QWidget) -> QLabel:
    """A row label whose mnemonic reaches `buddy`: QFormLayout gives a buddy only when the
    field is one widget, and a label without one shows its "&" as it is."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
