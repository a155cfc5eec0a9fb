"""A role's last weeks as a strip of small boxes, "4/5" in each (met days of judged working
days): readable in black and white, the green only deepening with the share met. Drawn the
same in the weekly PDF and the team report (issue 17)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from focusapp.core.history import WeekTally
from focusapp.core.streaks import Cell
from focusapp.core.text import fill
from focusapp.ui.day_text import number
from focusapp.ui.review_model import CELL_COLOURS

GAP_SHARE = 0.12  # of a box's width, between boxes


def recent_label(tallies: Sequence[WeekTally]) -> str:
    """'Last 12 weeks', the strip's title."""
    return fill(QCoreApplication.translate("Strip", "Last %1 weeks"), number(len(tallies)))


def week_box_text(tally: WeekTally) -> str:
    """'4/5'; '·' for a week with no judged working day (before tracking, all off)."""
    if not tally.working:
        return "·"
    return fill(QCoreApplication.translate("Strip", "%1/%2", "met days of working days"),
                str(tally.met), str(tally.working))


def box_colour(tally: WeekTally) -> QColor:
    """White for nothing met, the review's green at full strength for every day met."""
    colour = QColor(CELL_COLOURS[Cell.MET])
    share = tally.met / tally.working if tally.working else 0.0
    colour.setAlphaF(0.15 + 0.6 * share if tally.working else 0.0)
    return colour


def draw_week_strip(painter: QPainter, x: float, y: float, width: float, height: float,
                    tallies: Sequence[WeekTally], font: QFont) -> None:
    """Boxes side by side in `width`, oldest on the left, each `height` tall."""
    if not tallies:
        return
    step = width / len(tallies)
    box = step * (1 - GAP_SHARE)
    painter.save()
    painter.setFont(font)
    for index, tally in enumerate(tallies):
        rect = QRectF(x + index * step, y, box, height)
        painter.setPen(QPen(QColor("#9e9e9e"), 0.8))
        painter.setBrush(box_colour(tally))
        painter.drawRect(rect)
        painter.setPen(QColor("#212121"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), week_box_text(tally))
    painter.restore()
