"""Tray icons drawn at run time: a progress ring and the minutes left, crisp on HiDPI.

Drawing (rather than shipping a PNG per minute) keeps one source for every size and state;
the icon is rendered at 64 px times the screen's device pixel ratio. One drawing is shipped
as a file all the same: the idle icon every launch shows first (assets/tray-idle.png, drawn
at 2x by tools/render_tray_icon.py and checked against the drawing by the tests). Painting
needs QPen and QBrush, whose first use loads the whole `Qt` namespace: 8–10 ms a launch
would pay before its first paint (services/qt_keys.py).

On macOS the menu bar wants a template image: black shapes whose alpha alone counts, drawn
by the system in the menu bar's own colour (dark on a light bar, light on a dark one, dimmed
when another app's menu is open). `state_icon(..., template=True)` draws that and marks the
icon as a mask (`QIcon.setIsMask`, which Qt turns into `NSImage.template` on macOS); the
track is faint and the progress, the minutes and the pause bars solid, so the states still
differ without colour.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QPen, QPixmap

from focusapp.services.timer import TimerState
from focusapp.ui.paths import package_file

if TYPE_CHECKING:  # named only: the shipped idle icon needs no painter (its enums: 0.4 ms)
    from PySide6.QtGui import QPainter

BASE_SIZE = 64
SHIPPED_IDLE = ("assets", "tray-idle.png")  # the plain idle icon, drawn at SHIPPED_RATIO
SHIPPED_RATIO = 2.0
COLOURS = {
    TimerState.IDLE: QColor("#607d8b"),
    TimerState.RUNNING: QColor("#2e7d32"),
    TimerState.PAUSED: QColor("#f9a825"),
    TimerState.BREAK: QColor("#1565c0"),
}
TRACK = QColor("#cfd8dc")
FACE = QColor("#fafafa")
BADGE_WAITING = QColor("#ef6c00")  # leads waiting, all within their target
BADGE_OVERDUE = QColor("#c62828")  # one at least past its target


def lead_badge(waiting: int, overdue: int) -> tuple[int, QColor] | None:
    """The lead clocks' badge: how many wait, and its colour (None: no lead waits)."""
    if not waiting:
        return None
    return waiting, BADGE_OVERDUE if overdue else BADGE_WAITING
MASK = QColor(0, 0, 0)  # a template image: only the alpha counts
MASK_TRACK = QColor(0, 0, 0, 80)


def arc_degrees(progress: float) -> int:
    """The ring's part still to go, in whole degrees: what the icon shows of `progress`.

    A degree is half a pixel of a 64 px ring, so finer steps do not show; the timer ticks
    each second but a 25-minute block moves the ring by a degree only every 4 s, and the tray
    redraws its icon only when it changes (TrayController.render)."""
    return round(360 * min(1.0, max(0.0, 1.0 - progress)))


def draw_state_pixmap(
    state: TimerState, progress: float, minutes_left: int | None, ratio: float = 1.0,
    badge: tuple[int, QColor] | None = None, template: bool = False,
) -> QPixmap:
    size = int(BASE_SIZE * max(1.0, ratio))
    pixmap = QPixmap(size, size)
    pixmap.setDevicePixelRatio(max(1.0, ratio))
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    pen_width = 7.0
    rect = QRectF(pen_width / 2, pen_width / 2, BASE_SIZE - pen_width, BASE_SIZE - pen_width)
    colour = MASK if template else COLOURS[state]

    painter.setPen(QPen(MASK_TRACK if template else TRACK, pen_width))
    painter.drawEllipse(rect)
    if state is TimerState.IDLE:
        painter.setBrush(colour)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.drawEllipse(rect.center(), 12, 12)
    else:
        if not template:  # the menu bar colours a template itself
            # A light face under the minutes: they read on a dark panel as on a light one.
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(FACE)
            painter.drawEllipse(rect.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2,
                                              -pen_width / 2))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        pen = QPen(colour, pen_width)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, 90 * 16, -arc_degrees(progress) * 16)  # what is left, clockwise
        if minutes_left is not None:
            font = QFont()
            font.setBold(True)
            font.setPixelSize(26 if minutes_left < 100 else 20)
            painter.setFont(font)
            painter.setPen(colour if template else colour.darker(130))
            painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, str(minutes_left))
        if state is TimerState.PAUSED:
            painter.setPen(QtCore.Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(24, 44, 5, 10))
            painter.drawRect(QRectF(35, 44, 5, 10))
    if badge is not None and not template:  # a template is one colour: the tooltip counts
        _draw_badge(painter, *badge)
    painter.end()
    return pixmap


def _draw_badge(painter: QPainter, count: int, colour: QColor) -> None:
    """A filled disc in the top right corner with the count (9+ past nine)."""
    disc = QRectF(BASE_SIZE - 26, 0, 26, 26)  # small: the minutes left stay readable
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(colour)
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(17 if count < 10 else 13)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, QtCore.Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")


def state_icon(state: TimerState, progress: float, minutes_left: int | None,
               ratio: float = 1.0, badge: tuple[int, QColor] | None = None,
               template: bool = False) -> QIcon:
    if state is TimerState.IDLE and badge is None and not template and ratio <= SHIPPED_RATIO:
        shipped = QPixmap(str(package_file(*SHIPPED_IDLE)))
        if not shipped.isNull():  # else drawn: a bundle without its assets still has an icon
            shipped.setDevicePixelRatio(SHIPPED_RATIO)
            icon = QIcon()  # not QIcon(shipped): its overloads load QIconEngine's types
            icon.addPixmap(shipped)
            return icon
    icon = QIcon(draw_state_pixmap(state, progress, minutes_left, ratio, badge,
                                   template=template))
    icon.setIsMask(template)
    return icon


def template_tray_icon(platform: str = sys.platform) -> bool:
    """macOS's menu bar draws template images in its own light or dark colour."""
    return platform == "darwin"
