"""The pieces of the review window: the per-role rows, the sales results, the week's numbers,
the reflections."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
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
from focusapp.core.schedule import RunTally
from focusapp.core.streaks import Cell
from focusapp.ui.funnel import FunnelView, funnel_rows
from focusapp.ui.names import role_name
from focusapp.ui.review_model import (
    CELL_COLOURS,
    CELL_SYMBOLS,
    cell_name,
    cells,
    day_header,
    day_tip,
    legend_text,
    results_items,
    role_headers,
    role_items,
    scheduled_text,
    summary_items,
)
from focusapp.ui.scheme import TITLE, scaled
from focusapp.ui.widths import placeholder


def _clear(layout: QGridLayout | QFormLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # it stays a visible child until deleted by the event loop
            widget.deleteLater()


def _fill_form(form: QFormLayout, items: list[tuple[str, str]]) -> dict[str, QLabel]:
    """`form` shows `items` anew, a (label, value) row each, the values wrapped and
    selectable; returns the value labels by label."""
    _clear(form)
    values = {}
    for label, value in items:
        shown = QLabel(value)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, shown)
        values[label] = shown
    return values


class RoleRows(QGroupBox):
    """Per role: the week's seven days marked, then its streak numbers; a legend below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Streaks per role"))
        self._outer = QVBoxLayout(self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self._outer.addLayout(self.grid)
        self.legend = QLabel(legend_text())
        self.legend.setWordWrap(True)
        self._outer.addWidget(self.legend)
        self.cells: dict[str, tuple[Cell, ...]] = {}
        self.mark_labels: dict[str, list[QLabel]] = {}
        self.number_labels: dict[str, list[QLabel]] = {}

    def show_review(self, review: WeekReview, locale: QLocale | None = None,
                    roles: tuple[RoleConfig, ...] = ()) -> None:
        """`roles` give each day's tooltip the role's target."""
        _clear(self.grid)
        self.cells, self.mark_labels, self.number_labels = {}, {}, {}
        configs = {c.role.value: c for c in roles}
        for column, day in enumerate(review.days, start=1):
            self._header(day_header(day, locale), column)
        for offset, header in enumerate(role_headers(), start=8):
            self._header(header, offset)
        if not review.roles:
            self.grid.addWidget(QLabel(self.tr("No sales role is enabled.")), 1, 0, 1, 13)
        for row, role_week in enumerate(review.roles, start=1):
            self.grid.addWidget(QLabel(f"<b>{role_name(role_week.role)}</b>"), row, 0)
            self.cells[role_week.role] = cells(role_week)
            self.mark_labels[role_week.role] = [
                self._mark(shown, row, column, day_tip(day, shown, configs.get(role_week.role),
                                                       progress, locale))
                for column, (day, shown, progress) in enumerate(
                    zip(review.days, self.cells[role_week.role], role_week.progress,
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
        self.setMinimumHeight(self._outer.minimumSize().height())

    def _header(self, text: str, column: int) -> None:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in any theme
        self.grid.addWidget(label, 0, column)

    def _mark(self, shown: Cell, row: int, column: int, tip: str) -> QLabel:
        label = QLabel(CELL_SYMBOLS[shown])
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setToolTip(tip)
        label.setAccessibleName(cell_name(shown))
        label.setStyleSheet(f"color: {CELL_COLOURS[shown]};")
        label.setFont(scaled(label.font(), TITLE, bold=True))
        label.setProperty("mark", shown.value)
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

    def show_review(self, review: WeekReview, locale: QLocale | None = None,
                    scheduled: RunTally | None = None) -> None:
        items = summary_items(review, locale)
        if scheduled is not None and scheduled.total:  # none that week: not a word of them
            items.append((self.tr("Scheduled blocks"), scheduled_text(scheduled)))
        self.values = _fill_form(self.form, items)


class ResultsPanel(QGroupBox):
    """Each role's sales results: what was counted and the handoffs, beside its funnel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sales results"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.values: dict[str, QLabel] = {}
        self.funnels: dict[str, FunnelView] = {}

    def show_results(self, results: Mapping[str, RoleResults],
                     locale: QLocale | None = None) -> None:
        _clear(self.grid)
        self.values, self.funnels = {}, {}
        for row, ((label, lines), result) in enumerate(
                zip(results_items(results, locale), results.values(), strict=True)):
            name = QLabel(f"<b>{label}</b>")
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            shown = QLabel(lines)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
            self.values[label] = shown
            funnel = FunnelView(funnel_rows(result, locale))
            self.grid.addWidget(funnel, row, 2, Qt.AlignmentFlag.AlignTop)
            self.funnels[label] = funnel


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
                placeholder(edit, self.tr("The one thing that matters most"))
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
