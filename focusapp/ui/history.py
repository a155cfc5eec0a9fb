"""A role's streak history (issue 17): a year of working days as a heatmap, and the strength
trend with the best streak and the freezes marked.

Everything shown comes from one `RoleHistory` walk (core.streaks) through core.history, so it
agrees with the streak chips and the review. Colour is never the only sign: each cell has a
symbol, the legend names them, and the day under the keyboard cursor is said in words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.history import HistoryDay, best_run, frozen_days, history_days
from focusapp.core.roles import RoleConfig
from focusapp.core.streaks import Cell, DayMark, DayProgress, RoleHistory, cell_of, role_histories
from focusapp.core.text import fill
from focusapp.ui.day_text import percent, progress_line
from focusapp.ui.names import role_name
from focusapp.ui.review_model import CELL_COLOURS, CELL_SYMBOLS, ReviewFacts, cell_name, legend

MONTHS_SHOWN = 12
CELL = 15  # px, a day's square
GAP = 2
LEFT = 34  # weekday names
TOP = 16  # month names


# ---- what a day shows -----------------------------------------------------------------------


def day_words(day: HistoryDay, config: RoleConfig | None, progress: DayProgress | None,
              locale: QLocale | None = None) -> str:
    """'Tue 14 Oct · 55 / 50 min · 12 touches · target met'."""
    loc = locale or QLocale()
    # Translators: a Qt date pattern for one day of the history (weekday, day, month).
    parts = [loc.toString(QDate(day.day), QCoreApplication.translate(
        "History", "ddd d MMM", "date pattern"))]
    if day.mark not in (DayMark.UNTRACKED, DayMark.FUTURE, DayMark.OFF):
        line = progress_line(config, progress or DayProgress())
        if line:
            parts.append(line)
    parts.append(cell_name(cell_of(day.mark, progress)))
    return QCoreApplication.translate("History", " · ").join(parts)


def _months_back(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _month_end(month: date) -> date:
    return _months_back(month, -1) - timedelta(days=1)


@dataclass(frozen=True)
class Span:
    """The months shown: MONTHS_SHOWN months ending with `last_month` (its 1st)."""

    last_month: date

    @property
    def first(self) -> date:
        return _months_back(self.last_month, MONTHS_SHOWN - 1)

    @property
    def last(self) -> date:
        return _month_end(self.last_month)

    def shifted(self, months: int) -> Span:
        return Span(_months_back(self.last_month, -months))


def small_print_painter(widget: QWidget) -> QPainter:
    """A painter on `widget`, antialiased, in its font at 10 px (the labels of both views)."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = QFont(widget.font())
    small.setPixelSize(10)
    painter.setFont(small)
    return painter


# ---- the heatmap --------------------------------------------------------------------------


class Heatmap(QWidget):
    """Columns are weeks (starting on the locale's first day), rows the days of the week.
    Arrows move a cursor day by day (left/right: a week; up/down: a day)."""

    cursor_moved = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Days of the year"))
        self.days: tuple[HistoryDay, ...] = ()
        self.progress: Mapping[date, DayProgress] = {}
        self.config: RoleConfig | None = None
        self.cursor_day: date | None = None
        self._index: dict[date, HistoryDay] = {}
        self._first_weekday = QLocale().firstDayOfWeek().value  # 1 = Monday .. 7 = Sunday

    def show_days(self, days: tuple[HistoryDay, ...], progress: Mapping[date, DayProgress],
                  config: RoleConfig | None, cursor: date) -> None:
        self.days, self.progress, self.config = days, progress, config
        self._index = {d.day: d for d in days}
        self.move_cursor_to(cursor)
        self.updateGeometry()
        self.update()

    # -- geometry

    def _column_start(self) -> date:
        first = self.days[0].day
        return first - timedelta(days=(first.isoweekday() - self._first_weekday) % 7)

    def cell_rect(self, day: date) -> QRect:
        offset = (day - self._column_start()).days
        column, row = divmod(offset, 7)
        return QRect(LEFT + column * (CELL + GAP), TOP + row * (CELL + GAP), CELL, CELL)

    def x_of(self, day: date) -> float:
        """Where `day` falls along the weeks, in pixels: the trend below lines up with it."""
        return LEFT + (day - self._column_start()).days / 7 * (CELL + GAP) + CELL / 2

    def day_at(self, x: int, y: int) -> HistoryDay | None:
        if not self.days or x < LEFT or y < TOP:
            return None
        column, row = (x - LEFT) // (CELL + GAP), (y - TOP) // (CELL + GAP)
        if row > 6:
            return None
        return self._index.get(self._column_start() + timedelta(days=column * 7 + row))

    def sizeHint(self) -> QSize:
        weeks = 54
        return QSize(LEFT + weeks * (CELL + GAP), TOP + 7 * (CELL + GAP))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- words for a day

    def words(self, day: HistoryDay) -> str:
        return day_words(day, self.config, self.progress.get(day.day))

    def words_of(self, day: date) -> str:
        shown = self._index.get(day)
        return self.words(shown) if shown is not None else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos().x(), event.pos().y())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.words(day), self)
            return True
        return super().event(event)

    # -- the keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_Down: 1}
        step = steps.get(Qt.Key(event.key()))
        if step is None or self.cursor_day is None:
            super().keyPressEvent(event)
            return
        self.move_cursor_to(self.cursor_day + timedelta(days=step))

    def move_cursor_to(self, day: date) -> None:
        if not self.days:
            return
        day = min(max(day, self.days[0].day), self.days[-1].day)
        self.cursor_day = day
        self.setAccessibleDescription(self.words(self._index[day]))
        self.cursor_moved.emit(day)
        self.update()

    # -- painting

    def cell(self, day: HistoryDay) -> Cell:
        return cell_of(day.mark, self.progress.get(day.day))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.days:
            return
        painter = small_print_painter(self)
        self._paint_labels(painter)
        for day in self.days:
            self._paint_cell(painter, day)
        painter.end()

    def _paint_labels(self, painter: QPainter) -> None:
        locale = QLocale()
        painter.setPen(self.palette().windowText().color())
        for row in (0, 2, 4):
            weekday = (self._first_weekday - 1 + row) % 7 + 1
            painter.drawText(QRect(0, TOP + row * (CELL + GAP), LEFT - 4, CELL),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             locale.dayName(weekday, QLocale.FormatType.ShortFormat))
        for day in self.days:
            if day.day.day == 1:
                rect = self.cell_rect(day.day)
                painter.drawText(QRect(rect.x(), 0, 4 * (CELL + GAP), TOP - 2),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                                 locale.standaloneMonthName(day.day.month,
                                                            QLocale.FormatType.ShortFormat))

    def _paint_cell(self, painter: QPainter, day: HistoryDay) -> None:
        rect = self.cell_rect(day.day)
        painter.setPen(Qt.PenStyle.NoPen)
        shown = self.cell(day)
        painter.setBrush(QColor(CELL_COLOURS[shown]))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, CELL_SYMBOLS[shown])
        if day.day == self.cursor_day:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)


# ---- the strength trend -------------------------------------------------------------------


class StrengthTrend(QWidget):
    """Strength (0–100 %) day by day over the span; the best streak shaded; freezes dotted.
    `x_of(day)` places a day along the x axis (the heatmap's weeks, so both line up)."""

    def __init__(self, x_of: Callable[[date], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._x_of = x_of
        self.days: tuple[HistoryDay, ...] = ()
        self.best: tuple[date, date] | None = None
        self.freezes: tuple[date, ...] = ()
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Strength over the year"))

    def show_days(self, days: tuple[HistoryDay, ...], best: tuple[date, date] | None,
                  freezes: tuple[date, ...]) -> None:
        self.days, self.best, self.freezes = days, best, freezes
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(LEFT + 54 * (CELL + GAP), 140)

    def _y(self, strength: float) -> float:
        return 8 + (1 - strength) * (self.height() - 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.days:
            return
        painter = small_print_painter(self)
        text = self.palette().windowText().color()
        self._paint_grid(painter, text)
        self._paint_best(painter)
        strength = {d.day: d.strength for d in self.days}
        line = QPolygonF([QPointF(self._x_of(d.day), self._y(d.strength)) for d in self.days
                          if d.mark is not DayMark.FUTURE])
        painter.setPen(QPen(QColor(CELL_COLOURS[Cell.MET]), 2))
        painter.drawPolyline(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CELL_COLOURS[Cell.FROZEN]))
        for day in self.freezes:
            if day in strength:
                painter.drawEllipse(QPointF(self._x_of(day), self._y(strength[day])), 4, 4)
        painter.end()

    def _paint_grid(self, painter: QPainter, text: QColor) -> None:
        faint = QColor(text)
        faint.setAlpha(50)
        for share in (0.0, 0.5, 1.0):
            y = self._y(share)
            painter.setPen(faint)
            painter.drawLine(QPointF(LEFT, y), QPointF(self._x_of(self.days[-1].day), y))
            painter.setPen(text)
            painter.drawText(QRect(0, int(y) - 7, LEFT - 4, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             percent(share))

    def _paint_best(self, painter: QPainter) -> None:
        if self.best is None or not self.days:
            return
        first, last = max(self.best[0], self.days[0].day), min(self.best[1], self.days[-1].day)
        if first > last:
            return
        start, end = self._x_of(first), self._x_of(last)
        band = QColor(CELL_COLOURS[Cell.MET])
        band.setAlpha(40)
        painter.fillRect(QRect(int(start), 4, max(2, int(end - start)), self.height() - 16), band)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QRect(int(start) + 2, self.height() - 14, 200, 14),
                         Qt.AlignmentFlag.AlignLeft, self.tr("best streak"))


# ---- the window ---------------------------------------------------------------------------


def legend_items() -> list[tuple[str, str, str]]:
    """(colour, symbol, name) for every state a cell can show: the review grid's legend."""
    return [(CELL_COLOURS[cell], CELL_SYMBOLS[cell], name) for cell, name in legend()]


@dataclass(frozen=True)
class _Walked:
    """A role's walk and what is read from it once, not at every month moved."""

    history: RoleHistory
    best: tuple[date, date] | None
    freezes: tuple[date, ...]


class HistoryWindow(QWidget):
    """`facts()` gives the same snapshot the review reads; `role` is the one shown first."""

    def __init__(self, facts: Callable[[], ReviewFacts], role: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Streak history"))
        self._facts_of = facts
        self._facts = facts()
        self._histories: dict[str, _Walked] = {}
        self.span = Span(self._facts.today.replace(day=1))
        self._build()
        self._show_facts(role)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        label = QLabel(self.tr("&Role"))
        label.setBuddy(self.role)
        bar.addWidget(label)
        bar.addWidget(self.role)
        bar.addStretch(1)
        self.previous = QPushButton(self.tr("◀ Earlier"))
        self.previous.setShortcut("Alt+Left")
        self.span_label = QLabel()
        self.next = QPushButton(self.tr("Later ▶"))
        self.next.setShortcut("Alt+Right")
        self.this_month = QPushButton(self.tr("&This month"))
        for widget in (self.previous, self.span_label, self.next, self.this_month):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.heatmap = Heatmap()
        layout.addWidget(self.heatmap)
        layout.addLayout(self._legend())
        self.day_label = QLabel()
        self.day_label.setObjectName("historyDay")
        layout.addWidget(self.day_label)
        self.trend_title = QLabel(self.tr("<b>Strength</b>"))
        layout.addWidget(self.trend_title)
        self.trend = StrengthTrend(self.heatmap.x_of)
        layout.addWidget(self.trend)
        layout.addStretch(1)
        self.role.currentIndexChanged.connect(lambda _=0: self._show())
        self.previous.clicked.connect(lambda: self._move(-1))
        self.next.clicked.connect(lambda: self._move(1))
        self.this_month.clicked.connect(self._to_this_month)
        self.heatmap.cursor_moved.connect(self._say_day)

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.legend: list[QLabel] = []
        for colour, symbol, name in legend_items():
            label = QLabel(f'<span style="background:{colour}; color:white">&nbsp;{symbol}'
                           f'&nbsp;</span> {name}')
            self.legend.append(label)
            row.addWidget(label)
        row.addStretch(1)
        return row

    # -- data

    def refresh(self, role: str | None = None) -> None:
        """Read the facts again (a block may have ended since) and show `role` or the same."""
        self._facts = self._facts_of()
        self._show_facts(role)

    def _show_facts(self, role: str | None) -> None:
        self._histories.clear()  # walked again on demand, one role at a time
        keep = role or self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        for config in self._facts.roles:
            if config.enabled:
                self.role.addItem(role_name(config.role.value), config.role.value)
        index = self.role.findData(keep)
        self.role.setCurrentIndex(max(0, index))
        self.role.blockSignals(False)
        self._show()

    def shown_role(self) -> str | None:
        role = self.role.currentData()
        return role if isinstance(role, str) else None

    def _config(self, role: str) -> RoleConfig | None:
        return next((c for c in self._facts.roles if c.role.value == role), None)

    def _history(self, role: str) -> _Walked | None:
        if role not in self._histories:
            config = self._config(role)
            if config is None:
                return None
            facts = self._facts
            history = role_histories((config,), facts.blocks, facts.days, facts.rules,
                                     facts.since, facts.today, facts.freezes_enabled,
                                     progress=facts.progress())[role]
            self._histories[role] = _Walked(history, best_run(history), frozen_days(history))
        return self._histories[role]

    def _move(self, months: int) -> None:
        self.span = self.span.shifted(months)
        self._show()

    def _to_this_month(self) -> None:
        self.span = Span(self._facts.today.replace(day=1))
        self._show()

    def _show(self) -> None:
        role = self.shown_role()
        walked = self._history(role) if role else None
        this_month = self._facts.today.replace(day=1)
        self.next.setEnabled(self.span.last_month < this_month)  # never into the future
        self.span_label.setText(self._span_text())
        if walked is None or role is None:
            self.summary.setText(self.tr("No role to show: choose your roles in Settings."))
            return
        days = history_days(walked.history, self.span.first, self.span.last)
        progress = self._facts.progress().get(role, {})
        cursor = min(self._facts.today, self.span.last)
        self.heatmap.show_days(days, progress, self._config(role), cursor)
        self.trend.show_days(days, walked.best, walked.freezes)
        self.summary.setText(self._summary(walked))

    def _span_text(self) -> str:
        locale = QLocale()
        pattern = QCoreApplication.translate("History", "MMM yyyy", "date pattern")
        return fill(QCoreApplication.translate("History", "%1 – %2", "month range"),
                    locale.toString(QDate(self.span.first), pattern),
                    locale.toString(QDate(self.span.last), pattern))

    def _summary(self, walked: _Walked) -> str:
        history = walked.history
        parts = [
            self.tr("%n day(s) in a row", "", history.current),
            self.tr("best %n day(s)", "", history.best),
            fill(self.tr("strength %1"), percent(history.strength)),
            self.tr("%n freeze(s) used", "", history.freezes_used),
        ]
        run = walked.best
        if run is not None:
            pattern = QCoreApplication.translate("History", "d MMM yyyy", "date pattern")
            locale = QLocale()
            parts[1] = fill(self.tr("%1 (%2 – %3)"), parts[1],
                            locale.toString(QDate(run[0]), pattern),
                            locale.toString(QDate(run[1]), pattern))
        return QCoreApplication.translate("History", " · ").join(parts)

    def _say_day(self, day: date) -> None:
        self.day_label.setText(self.heatmap.words_of(day))

