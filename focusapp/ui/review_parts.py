"""The pieces of the review window: the per-role rows, the sales results, the week's numbers,
the reflections."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.days import IsoWeek
from focusapp.core.models import Reflections
from focusapp.core.results import RoleResults
from focusapp.core.review import WeekReview
from focusapp.core.roles import RoleConfig
from focusapp.core.streaks import DayMark, Progress
from focusapp.ui.names import role_name
from focusapp.ui.review_model import (
    MARK_COLOURS,
    MARK_SYMBOLS,
    day_header,
    day_tip,
    mark_name,
    results_items,
    role_headers,
    role_items,
    summary_items,
)


def _clear(layout: QGridLayout | QFormLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # it stays a visible child until deleted by the event loop
            widget.deleteLater()


def _fill_form(form: QFormLayout, items: list[tuple[str, str]], *,
               bold: bool = False) -> dict[str, QLabel]:
    """`form` shows `items` anew, a (label, value) row each, the values wrapped and
    selectable; returns the value labels by label."""
    _clear(form)
    values = {}
    for label, value in items:
        shown = QLabel(value)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(f"<b>{label}</b>" if bold else label, shown)
        values[label] = shown
    return values


class RoleRows(QGroupBox):
    """Per role: the week's seven days marked, then its streak numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Streaks per role"))
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(14)
        self.marks: dict[str, tuple[DayMark, ...]] = {}
        self.mark_labels: dict[str, list[QLabel]] = {}
        self.number_labels: dict[str, list[QLabel]] = {}

    def show_review(self, review: WeekReview, locale: QLocale | None = None,
                    progress: Progress | None = None,
                    roles: tuple[RoleConfig, ...] = ()) -> None:
        """`progress` and `roles` give each day's tooltip its minutes and counts against
        the role's target."""
        _clear(self.grid)
        self.marks, self.mark_labels, self.number_labels = {}, {}, {}
        configs = {c.role.value: c for c in roles}
        for column, day in enumerate(review.days, start=1):
            self._header(day_header(day, locale), column)
        for offset, header in enumerate(role_headers(), start=8):
            self._header(header, offset)
        if not review.roles:
            self.grid.addWidget(QLabel(self.tr("No sales role is enabled.")), 1, 0, 1, 13)
        for row, role_week in enumerate(review.roles, start=1):
            self.grid.addWidget(QLabel(f"<b>{role_name(role_week.role)}</b>"), row, 0)
            self.marks[role_week.role] = role_week.marks
            per_day = (progress or {}).get(role_week.role, {})
            self.mark_labels[role_week.role] = [
                self._mark(mark, row, column, day_tip(day, mark, configs.get(role_week.role),
                                                      per_day.get(day), locale))
                for column, (day, mark) in enumerate(zip(review.days, role_week.marks,
                                                         strict=True), start=1)
            ]
            self.number_labels[role_week.role] = []
            for column, text in enumerate(role_items(role_week, locale), start=8):
                label = QLabel(text)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.addWidget(label, row, column)
                self.number_labels[role_week.role].append(label)
        # Said explicitly: a rebuilt grid's minimum was not always honoured by the scroll
        # area's layout (seen offscreen: the rows were squeezed to zero height).
        self.setMinimumHeight(self.grid.minimumSize().height())

    def _header(self, text: str, column: int) -> None:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #616161;")
        self.grid.addWidget(label, 0, column)

    def _mark(self, mark: DayMark, row: int, column: int, tip: str) -> QLabel:
        label = QLabel(MARK_SYMBOLS[mark])
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setToolTip(tip)
        label.setAccessibleName(mark_name(mark))
        label.setStyleSheet(f"color: {MARK_COLOURS[mark]}; font-size: 16pt; font-weight: bold;")
        label.setProperty("mark", mark.value)
        self.grid.addWidget(label, row, column)
        return label


class WeekNumbers(QGroupBox):
    """Focused time, Awesome, One Thing, energy, focus, abandoned blocks, distractions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The week in numbers"))
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.values: dict[str, QLabel] = {}

    def show_review(self, review: WeekReview, locale: QLocale | None = None) -> None:
        self.values = _fill_form(self.form, summary_items(review, locale))


class ResultsPanel(QGroupBox):
    """Each role's sales results: what was counted, the funnel, the handoffs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sales results"))
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}

    def show_results(self, results: Mapping[str, RoleResults],
                     locale: QLocale | None = None) -> None:
        self.values = _fill_form(self.form, results_items(results, locale), bold=True)


class ReflectionsPanel(QGroupBox):
    """The three prompts of SPEC §9; `edited` fires on every keystroke (the window
    debounces the save)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reflections"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What worked this week?")))
        self.worked = self._text_box()
        layout.addWidget(self.worked)
        layout.addWidget(QLabel(self.tr("What will you change?")))
        self.change = self._text_box()
        layout.addWidget(self.change)
        layout.addWidget(QLabel(self.tr("Next week's priority, per role")))
        self.priority_form = QFormLayout()
        layout.addLayout(self.priority_form)
        layout.addStretch(1)
        self.priorities: dict[str, QLineEdit] = {}
        self._kept: dict[str, str] = {}  # priorities of roles not enabled any more

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(64)
        box.textChanged.connect(self.edited)
        return box

    def load(self, reflections: Reflections | None, roles: tuple[str, ...]) -> None:
        """Show a week's saved reflections without firing `edited`."""
        saved = reflections.priorities if reflections else {}
        self.blockSignals(True)
        try:
            for box, text in ((self.worked, reflections.worked if reflections else ""),
                              (self.change, reflections.change if reflections else "")):
                box.blockSignals(True)
                box.setPlainText(text)
                box.blockSignals(False)
            _clear(self.priority_form)
            self.priorities = {}
            for role in roles:
                edit = QLineEdit(saved.get(role, ""))
                edit.setPlaceholderText(self.tr("The one thing that matters most"))
                edit.textEdited.connect(self.edited)
                self.priority_form.addRow(role_name(role), edit)
                self.priorities[role] = edit
            self._kept = {r: p for r, p in saved.items() if r not in roles}
        finally:
            self.blockSignals(False)

    def reflections(self, week: IsoWeek) -> Reflections:
        priorities = dict(self._kept)
        priorities.update({role: edit.text() for role, edit in self.priorities.items()})
        return Reflections(week=week, worked=self.worked.toPlainText(),
                           change=self.change.toPlainText(), priorities=priorities)
