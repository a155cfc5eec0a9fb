"""A role's funnel (issue 11): a bar per metric in the order of the role's activities
(touches → conversations → meetings booked → briefs), its count, and the share of the step
before that reached it. One painter draws it in the review window and in the PDF, so both
say the same thing in the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from focusapp.core.results import RoleResults
from focusapp.core.text import fill
from focusapp.ui.day_text import number, percent
from focusapp.ui.names import metric_name

ALL_STEPS_UP_TO = 6  # a longer funnel (the solo seller's) shows only the steps counted
BAR_COLOUR = "#1e88e5"  # a mid-tone: readable on a light and on a dark background
ROW_HEIGHT = 1.55  # in lines of text
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NAMES_AT_MOST = 0.45
MIN_BAR_LINES = 4  # the longest bar in the narrowest funnel, in lines of text
GAP = 0.6  # between the name, the bar and the numbers, in lines of text


@dataclass(frozen=True)
class FunnelRow:
    name: str  # "Touches": the metric's name as the user sees it
    count: str  # "120"
    share: str  # "25 % of touches": this step over the one before ("" for the first)
    tip: str  # "Touches · 120 · 25 % become conversations"
    length: float  # the bar, as a share of the longest one, in [0, 1]


def funnel_rows(result: RoleResults, locale: QLocale | None = None) -> list[FunnelRow]:
    """The rows of `result`'s funnel; none when nothing of it was counted."""
    steps = list(result.funnel)
    if len(steps) > ALL_STEPS_UP_TO:
        steps = [s for s in steps if s.count]
    if not any(s.count for s in steps):
        return []
    widest = max(s.count for s in steps)
    translate = QCoreApplication.translate
    rows = []
    for index, step in enumerate(steps):
        name = _capitalised(metric_name(step.metric))
        count = number(step.count, 0, locale)
        before = steps[index - 1] if index else None
        share = ""
        if before is not None and step.conversion is not None:
            share = fill(translate("Results", "%1 of %2", "share of the step before"),
                         percent(step.conversion, locale), metric_name(before.metric))
        tip = [name, count]
        after = steps[index + 1] if index + 1 < len(steps) else None
        if after is not None and after.conversion is not None and step.count:
            tip.append(fill(translate("Results", "%1 become %2", "share of this step"),
                            percent(after.conversion, locale), metric_name(after.metric)))
        rows.append(FunnelRow(name, count, share, translate("Results", " · ").join(tip),
                              step.count / widest))
    return rows


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def funnel_height(rows: list[FunnelRow], font: QFont, device: QPaintDevice | None = None
                  ) -> float:
    """The height `rows` take in `font` on `device` (the screen by default)."""
    return len(rows) * _metrics(font, device).height() * ROW_HEIGHT


def _metrics(font: QFont, device: QPaintDevice | None) -> QFontMetricsF:
    # On a PDF the font's points are more pixels than on the screen: measure on the device.
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def paint_funnel(painter: QPainter, area: QRectF, rows: list[FunnelRow], font: QFont,
                 text: QColor, muted: QColor) -> None:
    """Draw `rows` in `area`, top-down: name, bar, count and share (nothing: no rows)."""
    if not rows:
        return
    metrics = _metrics(font, painter.device())
    line = metrics.height()
    gap = line * GAP
    # The names get what they need up to NAMES_AT_MOST of the width; the numbers after a
    # bar get what the longest needs; the bars share the rest.
    name_w = min(max(metrics.horizontalAdvance(r.name) for r in rows),
                 area.width() * NAMES_AT_MOST)
    note_w = max(metrics.horizontalAdvance(_note(r)) for r in rows)
    bar_room = max(line, area.width() - name_w - note_w - 2 * gap)
    painter.save()
    painter.setFont(font)
    for index, row in enumerate(rows):
        top = area.top() + index * line * ROW_HEIGHT
        middle = top + line * ROW_HEIGHT / 2
        name_rect = QRectF(area.left(), middle - line / 2, name_w, line)
        painter.setPen(text)
        painter.drawText(name_rect, int(RIGHT_MIDDLE),
                         metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, name_w))
        bar_left = area.left() + name_w + gap
        bar_w = bar_room * row.length if row.length else 0.0
        if bar_w:
            painter.fillRect(QRectF(bar_left, middle - line * 0.45, max(bar_w, 2.0), line * 0.9),
                             QColor(BAR_COLOUR))
        baseline = middle + (metrics.ascent() - metrics.descent()) / 2
        x = bar_left + bar_w + gap / 2
        painter.drawText(QPointF(x, baseline), row.count)
        if row.share:
            painter.setPen(muted)
            painter.drawText(QPointF(x + metrics.horizontalAdvance(row.count + "  "), baseline),
                             row.share)
    painter.restore()


def _note(row: FunnelRow) -> str:
    """What is written after a bar, as wide as it is drawn."""
    return f"{row.count}  {row.share}" if row.share else row.count


class FunnelView(QWidget):
    """One role's funnel in the review window. Every number is written on it; each bar's
    tooltip says it again in a sentence, with the share that went on to the next step."""

    def __init__(self, rows: list[FunnelRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A screen reader reads what a sighted user reads off the bars.
        self.setAccessibleName(QCoreApplication.translate("Results", "Funnel"))
        self.setAccessibleDescription("\n".join(r.tip for r in rows))

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        return QSize(hint.width() + 120, hint.height())

    def minimumSizeHint(self) -> QSize:
        """As wide as the names and the numbers need, with room for short bars: the
        numbers are never cut off."""
        if not self.rows:
            return QSize(0, 0)
        metrics = QFontMetricsF(self.font())
        names = max(metrics.horizontalAdvance(r.name) for r in self.rows)
        notes = max(metrics.horizontalAdvance(_note(r)) for r in self.rows)
        bars = metrics.height() * MIN_BAR_LINES
        return QSize(int(names + notes + bars + 2 * metrics.height() * GAP) + 2,
                     int(funnel_height(self.rows, self.font())) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        paint_funnel(painter, QRectF(self.rect()), self.rows, self.font(),
                                    palette.color(QPalette.ColorRole.WindowText),
                                    palette.color(QPalette.ColorRole.PlaceholderText))
        painter.end()

    def tip_at(self, point: QPointF) -> str:
        """The tooltip of the row under `point` ('' between rows or outside)."""
        row_h = funnel_height(self.rows, self.font()) / max(1, len(self.rows))
        index = int(point.y() // row_h) if row_h else -1
        return self.rows[index].tip if 0 <= index < len(self.rows) and point.x() >= 0 else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
