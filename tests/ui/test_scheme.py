"""One look, light or dark (issue 16): what the app paints itself follows the system's
palette — the review's charts, the streak chips, error text — while paper stays light; each
role keeps its colour everywhere; the review's exports stay in sight."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette

from focusapp.core.roles import RoleId
from focusapp.core.streaks import RoleStreak
from focusapp.ui.charts import MINUTES
from focusapp.ui.report import render_charts
from focusapp.ui.review import ReviewWindow
from focusapp.ui.review_model import ReviewProvider
from focusapp.ui.scheme import error_colour, role_colour
from focusapp.ui.today import StreakChip
from tests.ui.history import NOW, build_history

DARK = {QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e0e0e0",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.Text: "#e0e0e0",
        QPalette.ColorRole.Mid: "#555555"}


def dark_palette() -> QPalette:
    """What a dark desktop gives Qt (offscreen has no scheme of its own)."""
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_desktop(qapp) -> Iterator[None]:
    before = QGuiApplication.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


@pytest.fixture
def window(qtbot, data_dir, clock):
    from focusapp.services.daily import DailyLoop
    from focusapp.store.database import Store

    clock.advance(seconds=(NOW - clock.now()).total_seconds())
    store, _ = Store.open(data_dir, now=clock.now)
    build_history(store)
    win = ReviewWindow(ReviewProvider.from_daily(DailyLoop(clock, store), store.reviews))
    qtbot.addWidget(win)
    yield win
    store.close()


def _background(window: ReviewWindow) -> QColor:
    """The minutes chart's background as drawn, inside its frame."""
    return window.charts.views[MINUTES].grab().toImage().pixelColor(30, 60)


LIGHT = QPalette(QColor("#efefef"))


def test_the_charts_follow_the_palette_to_dark_and_back_keeping_role_colours(window):
    assert _background(window).lightness() > 200  # light: QtCharts' own look
    window.setPalette(dark_palette())  # the system switched to dark
    chart = window.charts.charts[MINUTES]
    assert _background(window).name() == "#1e1e1e"
    assert chart.titleBrush().color().name() == "#e0e0e0"
    colours = {s.label(): s.color().name() for series in chart.series()
               for s in series.barSets()}
    assert colours == {"Outbound prospecting": role_colour(RoleId.OUTBOUND_PROSPECTOR.value),
                       "Field Sales": role_colour(RoleId.FIELD_SALES.value)}
    window.setPalette(LIGHT)
    assert _background(window).lightness() > 200


def test_paper_stays_light_on_a_dark_desktop(window, dark_desktop):
    image = QImage(QSize(1200, 800), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    render_charts(window.review, painter, QRectF(0, 0, 1200, 800), None, QSize(1200, 800))
    painter.end()
    assert image.pixelColor(600, 30).lightness() > 200  # the minutes chart's background


def _streak(role: RoleId, *, today_met: bool) -> RoleStreak:
    return RoleStreak(role.value, current=3, best=5, consistency=0.7, strength=0.7, weekly=1,
                      freezes_held=0, freezes_earned=0, freezes_used=0, today_met=today_met)


def test_a_streak_chip_reads_on_a_dark_desktop_and_wears_its_roles_colour(qtbot, dark_desktop):
    met = StreakChip(_streak(RoleId.FIELD_SALES, today_met=True))
    qtbot.addWidget(met)
    style = met.styleSheet()
    assert "#1b3a1e" in style  # a dark green under light text, not a pale one
    assert f"border-left: 4px solid {role_colour(RoleId.FIELD_SALES.value)}" in style
    other = StreakChip(_streak(RoleId.SOLO, today_met=False))
    qtbot.addWidget(other)
    assert "palette(base)" in other.styleSheet()  # not the light grey it used to be


def test_error_text_is_light_red_on_dark(dark_desktop):
    assert QColor(error_colour()).lightness() > 150
    assert QColor(error_colour(LIGHT)).lightness() < 100


def test_the_exports_stay_in_sight_below_a_long_week(window, qtbot):
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    pdf = next(b for b in window.findChildren(type(window.next_button))
               if b.text() == "Export PDF…")
    assert pdf.visibleRegion().boundingRect().size() == pdf.size()
