"""The tray icon is drawn again only when it would look different (the timer renders it
each second while a block runs; each new icon is a drawing and a repaint in the tray host)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from focusapp.services.timer import TimerState
from focusapp.ui import icons
from focusapp.ui.actions import AppActions
from focusapp.ui.icons import (
    BADGE_WAITING,
    SHIPPED_IDLE,
    SHIPPED_RATIO,
    arc_degrees,
    draw_state_pixmap,
    state_icon,
)
from focusapp.ui.paths import package_file
from focusapp.ui.tray import TrayController

BLOCK_S = 25 * 60


@pytest.fixture
def tray(qapp):  # type: ignore[no-untyped-def]
    tray = TrayController(AppActions((25, 50)))
    yield tray
    tray.deleteLater()


def second(tray: TrayController, elapsed: float) -> int:
    """The timer's render at `elapsed` seconds into a 25-minute block; the icon's key."""
    tray.render(TimerState.RUNNING, elapsed / BLOCK_S, BLOCK_S - elapsed, "Call 20 leads")
    return tray.icon.icon().cacheKey()


def test_a_second_that_moves_the_ring_by_less_than_a_degree_keeps_the_icon(tray) -> None:
    first = second(tray, 100.0)
    assert second(tray, 101.0) == first  # 0.24° further: nothing a user could see
    assert second(tray, 104.5) != first  # a whole degree further: drawn again


def test_each_minute_left_and_each_state_draws_a_new_icon(tray) -> None:
    first = second(tray, 119.0)  # "23" min left (rounded up)
    assert second(tray, 121.0) != first  # "22" min left, the same degree or not
    running = tray.icon.icon().cacheKey()
    tray.render(TimerState.PAUSED, 121.0 / BLOCK_S, BLOCK_S - 121.0, "Call 20 leads")
    assert tray.icon.icon().cacheKey() != running


def test_a_lead_clock_starting_draws_its_badge_at_once(tray) -> None:
    first = second(tray, 100.0)
    tray.render_leads(1, 0)
    assert tray.icon.icon().cacheKey() != first
    with_badge = tray.icon.icon().cacheKey()
    tray.render_leads(1, 1)  # past its target: the badge turns red
    assert tray.icon.icon().cacheKey() != with_badge


def test_the_tooltip_still_follows_the_minutes(tray) -> None:
    second(tray, 100.0)
    before = tray.icon.toolTip()
    second(tray, 100.0 + 60)
    assert tray.icon.toolTip() != before and "Call 20 leads" in tray.icon.toolTip()


def test_progress_within_one_degree_draws_the_same_ring(qapp) -> None:
    """So an icon kept is the icon that would have been drawn."""
    assert arc_degrees(100.0 / BLOCK_S) == arc_degrees(101.0 / BLOCK_S)
    same = [draw_state_pixmap(TimerState.RUNNING, p / BLOCK_S, 23).toImage()
            for p in (100.0, 101.0)]
    assert same[0] == same[1]
    assert arc_degrees(0.0) == 360 and arc_degrees(1.0) == 0 and arc_degrees(1.5) == 0


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of one colour channel between two same-sized images."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    return max(abs(x - y) for x, y in zip(a.constBits().tobytes(), b.constBits().tobytes(),
                                           strict=True))


def test_the_shipped_idle_icon_is_the_drawing(qapp) -> None:
    # A launch shows the file (no painting before the first paint): it must be the drawing.
    # Red after a change to the drawing: run tools/render_tray_icon.py.
    shipped = QImage(str(package_file(*SHIPPED_IDLE)))
    drawn = draw_state_pixmap(TimerState.IDLE, 0.0, None, SHIPPED_RATIO).toImage()
    assert not shipped.isNull()
    assert largest_difference(shipped, drawn) <= 2  # PNG keeps unpremultiplied colours


def test_the_idle_icon_is_the_shipped_one_and_drawn_when_it_is_missing(qapp,
                                                                        monkeypatch) -> None:
    shown = state_icon(TimerState.IDLE, 0.0, None).pixmap(128, 128).toImage()
    shipped = QImage(str(package_file(*SHIPPED_IDLE)))
    assert largest_difference(shown, shipped) == 0
    monkeypatch.setattr(icons, "SHIPPED_IDLE", ("assets", "missing.png"))
    drawn = state_icon(TimerState.IDLE, 0.0, None, ratio=2.0).pixmap(128, 128).toImage()
    assert largest_difference(drawn, shipped) <= 2  # the same icon, painted


def test_a_badge_or_a_larger_screen_draws_the_idle_icon(qapp) -> None:
    badge = state_icon(TimerState.IDLE, 0.0, None, ratio=2.0, badge=(3, BADGE_WAITING))
    shipped = QImage(str(package_file(*SHIPPED_IDLE)))
    assert largest_difference(badge.pixmap(128, 128).toImage(), shipped) > 100  # the badge
    large = state_icon(TimerState.IDLE, 0.0, None, ratio=3.0)
    assert [(s.width(), s.height()) for s in large.availableSizes()] == [(192, 192)]  # sharp
