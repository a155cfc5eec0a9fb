"""The Roles page of the Settings window: roles on/off, their activities and daily targets.

Roles are not part of the Settings dataclass (they are a list of RoleConfig), so this page is
written by hand; it edits a working copy and hands back a validated tuple on save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.accounts import MAX_COLD_WEEKS, validate_cold_weeks
from focusapp.core.errors import ValidationError
from focusapp.core.handoffs import (
    MAX_AGREED_HOURS,
    MAX_CHECKLIST_ITEMS,
    MAX_ITEM_CHARS,
    checklist_item,
    validate_agreed_hours,
    validate_checklist,
)
from focusapp.core.leads import LEAD_ROLES, MAX_LEAD_MINUTES, validate_lead_minutes
from focusapp.core.roles import (
    METRICS,
    Activity,
    DailyTarget,
    RoleConfig,
    RoleId,
    validate_enabled_roles,
    validate_name,
)
from focusapp.core.text import fill
from focusapp.ui.names import activity_name, checklist_item_name, metric_name, role_name
from focusapp.ui.practices import PracticesBox
from focusapp.ui.problems import error_message
from focusapp.ui.scheme import error_style
from focusapp.ui.settings_editors import EntryLine
from focusapp.ui.widths import placeholder


class RoleEditor(QWidget):
    """One role's activities (in the user's order) and its daily target."""

    def __init__(self, config: RoleConfig) -> None:
        super().__init__()
        self.config = config
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.practices: PracticesBox | None = None
        if config.role is RoleId.SOLO:
            self.practices = PracticesBox(config.activities)
            self.practices.changed.connect(self._practices_changed)
            layout.addWidget(self.practices)
        layout.addWidget(self._activities_box())
        layout.addWidget(self._target_box())
        brief = self._brief_box(config)
        brief.setVisible(config.role is not RoleId.SOLO)  # nobody to hand off to
        layout.addWidget(brief)
        self._per_metric: dict[str, int] = {}
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.show_config(config)

    def _activities_box(self) -> QGroupBox:
        """The role's activities in the user's order, and the count of the selected one."""
        box = QGroupBox(self.tr("Activities, and what each one counts"))
        column = QVBoxLayout(box)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._selected)
        column.addWidget(self.list)
        self.name = EntryLine()
        placeholder(self.name, self.tr("Name of an activity of your own"))
        self.add = QPushButton(self.tr("Add"))
        self.rename = QPushButton(self.tr("Rename"))
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.remove = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        for widget in (self.name, self.add, self.rename, self.up, self.down, self.remove):
            row.addWidget(widget)
        column.addLayout(row)
        self.add.clicked.connect(self.add_activity)
        self.name.returnPressed.connect(self.add_activity)
        self.rename.clicked.connect(self.rename_activity)
        self.up.clicked.connect(lambda: self.move_activity(-1))
        self.down.clicked.connect(lambda: self.move_activity(1))
        self.remove.clicked.connect(self.remove_activity)
        form = QFormLayout()
        self.metric_combo = QComboBox()
        self.metric_combo.addItem(self.tr("No count"), None)
        for metric in METRICS:
            self.metric_combo.addItem(metric_name(metric), metric)
        self.metric_combo.activated.connect(self._metric_chosen)
        form.addRow(self.tr("Count for the selected activity"), self.metric_combo)
        # A target per count (40 touches, 5 conversations): the one of the selected
        # activity's count, shared by every activity that counts the same.
        self.metric_target = self._count_box()
        self.metric_target.valueChanged.connect(self._metric_target_changed)
        form.addRow(self.tr("Daily target for this count"), self.metric_target)
        column.addLayout(form)
        return box

    def _target_box(self) -> QGroupBox:
        """What the whole role must do on a working day (each part set must be met)."""
        # A solo seller is judged once a day, whatever practices the work was on (issue 12).
        title = (self.tr("One daily target across your practices")
                 if self.config.role is RoleId.SOLO
                 else fill(self.tr("Daily target of the role %1"),
                           role_name(self.config.role.value)))
        box = QGroupBox(title)
        self.target_box = box
        form = QFormLayout(box)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSpecialValueText(self.tr("None"))
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Focused minutes on its key activities"), self.minutes)
        self.count = self._count_box()
        form.addRow(self.tr("All its counts together"), self.count)
        self.cold_weeks = self._cold_weeks_row(form, self.config)
        self.lead_minutes = self._lead_box(form, self.config)
        return box

    def _practices_changed(self) -> None:
        assert self.practices is not None
        self.config = self.config.with_practices(self.practices.chosen())
        self._fill(0)

    def _cold_weeks_row(self, form: QFormLayout, config: RoleConfig) -> QSpinBox:
        """The account manager's: how many weeks without a touch make an account cold
        (calendar weeks: core/accounts.py). Other roles keep theirs, unseen."""
        box = QSpinBox()
        box.setRange(1, MAX_COLD_WEEKS)
        box.setSuffix(self.tr(" weeks"))
        if config.role is RoleId.ACCOUNT_MANAGER:
            form.addRow(self.tr("An account goes cold after, without a touch"), box)
        else:
            box.hide()
        return box

    def _lead_box(self, form: QFormLayout, config: RoleConfig) -> QSpinBox | None:
        """Speed-to-lead's target, for the roles that work inbound leads only."""
        if config.role.value not in LEAD_ROLES:
            return None
        box = QSpinBox()
        box.setRange(1, MAX_LEAD_MINUTES)
        box.setSuffix(self.tr(" min"))
        box.setValue(config.lead_minutes)
        box.setToolTip(self.tr("A new lead's clock turns red, and you are told once, when it "
                               "has waited this long for a first touch."))
        form.addRow(self.tr("Speed to lead: first touch within"), box)
        return box

    def _count_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 10_000)
        box.setSpecialValueText(self.tr("None"))
        return box

    def show_config(self, config: RoleConfig) -> None:
        self.config = config
        self.minutes.setValue(config.target.minutes or 0)
        self.count.setValue(config.target.count or 0)
        self._per_metric = dict(config.target.per_metric)
        self.agreed_hours.setValue(config.agreed_hours)
        self.cold_weeks.setValue(config.cold_weeks)
        if self.lead_minutes is not None:
            self.lead_minutes.setValue(config.lead_minutes)
        self._fill(0)
        self._fill_brief(0)
        if self.practices is not None:
            self.practices.show_activities(config.activities)

    def _brief_box(self, config: RoleConfig) -> QGroupBox:
        """What a handoff from this role must brief, and the delay the roles agreed."""
        box = QGroupBox(self.tr("Handoffs from this role"))
        column = QVBoxLayout(box)
        self.brief = QListWidget()
        self.brief.setMaximumHeight(96)
        self.brief.currentRowChanged.connect(self._brief_selected)
        column.addWidget(self.brief)
        self.item = EntryLine()
        self.item.setMaxLength(MAX_ITEM_CHARS)
        placeholder(self.item, self.tr("An item the brief must cover"))
        self.add_item = QPushButton(self.tr("Add item"))
        self.rename_item = QPushButton(self.tr("Rename item"))
        self.remove_item = QPushButton(self.tr("Remove item"))
        row = QHBoxLayout()
        for widget in (self.item, self.add_item, self.rename_item, self.remove_item):
            row.addWidget(widget)
        column.addLayout(row)
        self.add_item.clicked.connect(self.add_brief_item)
        self.item.returnPressed.connect(self.add_brief_item)
        self.rename_item.clicked.connect(self.rename_brief_item)
        self.remove_item.clicked.connect(self.remove_brief_item)
        hours = QFormLayout()
        self.agreed_hours = QSpinBox()
        self.agreed_hours.setRange(1, MAX_AGREED_HOURS)
        self.agreed_hours.setSuffix(self.tr(" h"))
        self.agreed_hours.setValue(config.agreed_hours)
        hours.addRow(self.tr("Agreed delay to hand off"), self.agreed_hours)
        column.addLayout(hours)
        return box

    # ---- the handoff brief -----------------------------------------------------------

    def _fill_brief(self, current: int) -> None:
        self.brief.blockSignals(True)
        self.brief.clear()
        for item in self.config.checklist:
            self.brief.addItem(checklist_item_name(item))
        self.brief.blockSignals(False)
        self.brief.setCurrentRow(min(current, self.brief.count() - 1))
        self._brief_selected(self.brief.currentRow())

    def _brief_selected(self, row: int) -> None:
        chosen = 0 <= row < len(self.config.checklist)
        self.rename_item.setEnabled(chosen)
        self.remove_item.setEnabled(chosen and len(self.config.checklist) > 1)
        self.add_item.setEnabled(len(self.config.checklist) < MAX_CHECKLIST_ITEMS)

    def _new_item(self, skip: int = -1) -> str:
        """The typed item, checked; one named like another (built-in names included) is
        refused, as `validate_checklist` refuses the same id twice."""
        text = checklist_item(self.item.text())
        taken = {checklist_item_name(item).casefold()
                 for index, item in enumerate(self.config.checklist) if index != skip}
        if text.casefold() in taken:
            raise ValidationError("checklist.repeated", f"'{text}' is twice in the brief.",
                                  item=text)
        return text

    def _set_brief(self, items: tuple[str, ...], current: int) -> None:
        self.config = replace(self.config, checklist=items)
        self._fill_brief(current)

    def _brief_edit(self, change: Callable[[list[str]], int]) -> bool:
        """Apply `change` (which returns the row to select) to the items, or say why not."""
        items = list(self.config.checklist)
        try:
            current = change(items)
            validate_checklist(items)
        except ValidationError as error:
            self.show_error(error)
            return False
        self.show_error(None)
        self._set_brief(tuple(items), current)
        return True

    def add_brief_item(self) -> None:
        def add(items: list[str]) -> int:
            items.append(self._new_item())
            return len(items) - 1

        if self._brief_edit(add):
            self.item.clear()

    def rename_brief_item(self) -> None:
        row = self.brief.currentRow()

        def rename(items: list[str]) -> int:
            items[row] = self._new_item(skip=row)
            return row

        if 0 <= row < len(self.config.checklist):
            self._brief_edit(rename)

    def remove_brief_item(self) -> None:
        row = self.brief.currentRow()

        def remove(items: list[str]) -> int:
            del items[row]
            return max(0, row - 1)

        if 0 <= row < len(self.config.checklist):
            self._brief_edit(remove)

    # ---- the activity list -----------------------------------------------------------

    def _fill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for activity in self.config.activities:
            text = activity_name(activity)
            if activity.metric:
                text = fill(self.tr("%1 (%2)"), text, metric_name(activity.metric))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self._selected(self.list.currentRow())

    def _current(self) -> Activity | None:
        row = self.list.currentRow()
        acts = self.config.activities
        return acts[row] if 0 <= row < len(acts) else None

    def _selected(self, row: int) -> None:
        activity = self._current()
        custom = activity is not None and activity.name is not None
        self.rename.setEnabled(custom)
        self.remove.setEnabled(custom)
        self.up.setEnabled(activity is not None and row > 0)
        self.down.setEnabled(activity is not None and row < len(self.config.activities) - 1)
        self.metric_combo.setEnabled(activity is not None)
        if activity is not None:
            self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(activity.metric)))
            if custom:
                self.name.setText(activity.name or "")
        metric = activity.metric if activity else None
        self.metric_target.blockSignals(True)
        self.metric_target.setValue(self._per_metric.get(metric, 0) if metric else 0)
        self.metric_target.blockSignals(False)
        self.metric_target.setEnabled(metric is not None)

    def _metric_target_changed(self, value: int) -> None:
        activity = self._current()
        if activity is None or activity.metric is None:
            return
        if value:
            self._per_metric[activity.metric] = value
        else:
            self._per_metric.pop(activity.metric, None)

    def _set_activities(self, activities: tuple[Activity, ...], current: int) -> None:
        self.config = replace(self.config, activities=activities)
        self._fill(current)

    def show_error(self, error: ValidationError | None) -> None:
        self.error.setText(error_message(error) if error else "")
        self.error.setVisible(error is not None)

    def _check_unique(self, name: str, skip: str | None = None) -> None:
        taken = {activity_name(a).casefold() for a in self.config.activities if a.id != skip}
        if name.casefold() in taken:
            raise ValidationError("activity.duplicate",
                                  f"There is already an activity called '{name}'.", name=name)

    def add_activity(self) -> None:
        try:
            name = validate_name(self.name.text())
            self._check_unique(name)
            config = self.config.with_custom_activity(name)
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_error(None)
        self.name.clear()
        self._set_activities(config.activities, len(config.activities) - 1)

    def rename_activity(self) -> None:
        activity = self._current()
        if activity is None or activity.name is None:
            return
        try:
            name = validate_name(self.name.text())
            self._check_unique(name, skip=activity.id)
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_error(None)
        row = self.list.currentRow()
        acts = list(self.config.activities)
        acts[row] = replace(activity, name=name)
        self._set_activities(tuple(acts), row)

    def move_activity(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        acts = list(self.config.activities)
        if not (0 <= row < len(acts) and 0 <= target < len(acts)):
            return
        acts[row], acts[target] = acts[target], acts[row]
        self._set_activities(tuple(acts), target)

    def remove_activity(self) -> None:
        activity = self._current()
        if activity is None or activity.name is None:  # built-in activities stay
            return
        row = self.list.currentRow()
        self._set_activities(tuple(a for a in self.config.activities if a.id != activity.id),
                             max(0, row - 1))

    def _metric_chosen(self) -> None:
        activity = self._current()
        if activity is None:
            return
        row = self.list.currentRow()
        acts = list(self.config.activities)
        acts[row] = replace(activity, metric=self.metric_combo.currentData())
        self._set_activities(tuple(acts), row)

    def result(self, enabled: bool) -> RoleConfig:
        """The edited role; raises ValidationError for a target with neither minutes nor count.
        A count's target goes when no key activity counts it any more."""
        counted = {a.metric for a in self.config.activities if a.key and a.metric}
        target = DailyTarget(minutes=self.minutes.value() or None, count=self.count.value() or None,
                             per_metric=tuple((metric, n) for metric, n in self._per_metric.items()
                                              if metric in counted))
        lead_minutes = (self.config.lead_minutes if self.lead_minutes is None
                        else validate_lead_minutes(self.lead_minutes.value()))
        return replace(self.config, enabled=enabled, target=target,
                       checklist=validate_checklist(self.config.checklist),
                       agreed_hours=validate_agreed_hours(self.agreed_hours.value()),
                       cold_weeks=validate_cold_weeks(self.cold_weeks.value()),
                       lead_minutes=lead_minutes)


class RolesPage(QWidget):
    def __init__(self, roles: Sequence[RoleConfig]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        held = QGroupBox(self.tr("The sales roles you hold"))
        grid = QGridLayout(held)
        self.boxes: dict[RoleId, QCheckBox] = {}
        self.editors: dict[RoleId, RoleEditor] = {}
        self.chooser = QComboBox()
        self.stack = QStackedWidget()
        for index, config in enumerate(roles):
            box = QCheckBox(role_name(config.role.value))
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[config.role] = box
            editor = RoleEditor(config)
            self.editors[config.role] = editor
            self.chooser.addItem(role_name(config.role.value), config.role.value)
            self.stack.addWidget(editor)
        layout.addWidget(held)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        form = QFormLayout()
        form.addRow(self.tr("Edit the activities of"), self.chooser)
        layout.addLayout(form)
        layout.addWidget(self.stack)
        self.chooser.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.set_roles(roles)

    def set_roles(self, roles: Sequence[RoleConfig]) -> None:
        for config in roles:
            self.boxes[config.role].setChecked(config.enabled)
            self.editors[config.role].show_config(config)
        self.error.hide()
        held = next((c.role for c in roles if c.enabled), None)
        if held is not None:  # open on a role the user holds (issue 16), not the list's first
            self.show_role(held)

    def show_role(self, role: RoleId) -> RoleEditor:
        self.chooser.setCurrentIndex(self.chooser.findData(role.value))
        return self.editors[role]

    def result(self) -> tuple[RoleConfig, ...]:
        """The roles as edited; a ValidationError is shown in place and raised again."""
        self.error.hide()
        configs = []
        for role, editor in self.editors.items():
            try:
                configs.append(editor.result(self.boxes[role].isChecked()))
            except ValidationError as error:
                self.show_role(role)
                editor.show_error(error)
                raise
            editor.show_error(None)
        try:
            validate_enabled_roles(tuple(configs))
        except ValidationError as error:
            self.error.setText(error_message(error))
            self.error.show()
            raise
        return tuple(configs)
