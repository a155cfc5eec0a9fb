"""The review's charts — the only module that imports QtCharts (deprecated since Qt 6.10;
its successor QtGraphs draws 2D only through QML), so a later move touches this file alone.

Every chart is built from a core `WeekReview`: the bars are core's numbers, never recomputed.
`series_values` reads them back from a chart, so tests compare what is drawn with core.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QHBoxLayout, QWidget

from focusapp.core.review import WeekReview
from focusapp.core.text import fill
from focusapp.ui.day_text import number
from focusapp.ui.names import role_name
from focusapp.ui.review_model import short_day
from focusapp.ui.scheme import is_dark, role_colour

AWESOME_COLOUR = "#f9a825"
ENERGY_COLOUR = "#7cb342"

MINUTES, AWESOME, ENERGY_FOCUS = "minutes", "awesome", "energy_focus"
DAY_CHARTS = (MINUTES, AWESOME)
# What QtCharts 6.12 needs not to cut labels, read off its layout at widths 150-560 px
# (tests/ui/test_review_sales.py checks that no label is cut).
LABEL_SCALE = 1.3  # a category's label, drawn a little larger than its font measures
LABEL_PAD = 10  # pixels around a category's label
FRAME = 32  # pixels around the plot
AXIS_TITLE_ROOM = 80  # pixels: the other axis's labels, beside a horizontal axis's title
LEGEND_MARKER_ROOM = 30  # pixels: a legend entry's colour square and spacing


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _axes(chart: QChart, series: QAbstractBarSeries, categories: list[str], top: float) -> None:
    category_axis = QBarCategoryAxis()
    category_axis.append(categories)
    value_axis = QValueAxis()
    value_axis.setRange(0.0, top)
    value_axis.setLabelFormat("%.0f")
    value_axis.applyNiceNumbers()
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)


def minutes_chart(review: WeekReview, locale: QLocale | None = None) -> QChart:
    """Focused minutes per day of the week, stacked by role (one bar set per role)."""
    chart = _base_chart(QCoreApplication.translate("Review", "Focused minutes per day"))
    series = QStackedBarSeries()
    roles = _roles_in_order(review)
    for role in roles:
        bar_set = QBarSet(role_name(role))
        bar_set.setColor(QColor(role_colour(role)))
        bar_set.append([float(review.minutes[d].get(role, 0.0)) for d in review.days])
        series.append(bar_set)
    chart.addSeries(series)
    day_totals = [sum(review.minutes[d].values()) for d in review.days]
    _axes(
        chart, series, [short_day(d, locale) for d in review.days], max([60.0, *day_totals]) * 1.1
    )
    chart.legend().setVisible(bool(roles))
    return chart


def _roles_in_order(review: WeekReview) -> list[str]:
    """Enabled roles first (in the user's order), then any other role with minutes."""
    roles = [r.role for r in review.roles]
    for per_role in review.minutes.values():
        roles += [r for r in per_role if r not in roles]
    return roles


def awesome_chart(review: WeekReview, locale: QLocale | None = None) -> QChart:
    """Awesome per day (the sum of the day's blocks, as core scores them)."""
    chart = _base_chart(QCoreApplication.translate("Review", "Awesome per day"))
    series = QBarSeries()
    bar_set = QBarSet(QCoreApplication.translate("Review", "Awesome"))
    bar_set.setColor(QColor(AWESOME_COLOUR))
    values = [float(review.awesome[d].value) if d in review.awesome else 0.0 for d in review.days]
    bar_set.append(values)
    series.append(bar_set)
    chart.addSeries(series)
    _axes(chart, series, [short_day(d, locale) for d in review.days], max([100.0, *values]) * 1.1)
    chart.legend().setVisible(False)
    return chart


def energy_focus_chart(review: WeekReview, locale: QLocale | None = None) -> QChart:
    """Average energy (out of 5) and focus, both drawn as a share of their maximum (%), with
    the real numbers in the title. Bars lie down, energy on top as in the title: their
    names then get a line of their own ('Concentration' was cut to 'Concent…' under a
    standing bar)."""
    energy, focus = review.average_energy, review.average_focus
    energy_text = number(energy, 1, locale) if energy is not None else "—"
    focus_text = number(focus * 100, 0, locale) if focus is not None else "—"
    chart = _base_chart(
        fill(
            QCoreApplication.translate("Review", "Energy %1 / 5 · focus %2 %"),
            energy_text,
            focus_text,
        )
    )
    series = QHorizontalBarSeries()
    bar_set = QBarSet(QCoreApplication.translate("Review", "Average"))
    bar_set.setColor(QColor(ENERGY_COLOUR))
    bar_set.append([focus_percent(review), energy_percent(review)])  # bottom up
    series.append(bar_set)
    series.setBarWidth(0.5)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append([QCoreApplication.translate("Review", "Focus"),
                          QCoreApplication.translate("Review", "Energy")])
    value_axis = QValueAxis()
    value_axis.setRange(0.0, 100.0)
    value_axis.setLabelFormat("%.0f")
    value_axis.setTitleText(QCoreApplication.translate("Review", "% of the maximum"))
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    chart.legend().setVisible(False)
    return chart


def energy_percent(review: WeekReview) -> float:
    return review.average_energy / 5 * 100 if review.average_energy is not None else 0.0


def focus_percent(review: WeekReview) -> float:
    return review.average_focus * 100 if review.average_focus is not None else 0.0


def build_charts(review: WeekReview, locale: QLocale | None = None,
                 palette: QPalette | None = None) -> dict[str, QChart]:
    """The three charts; in the colours of `palette` when it is a dark one (a window's),
    else QtCharts' light look (paper's)."""
    charts = {
        MINUTES: minutes_chart(review, locale),
        AWESOME: awesome_chart(review, locale),
        ENERGY_FOCUS: energy_focus_chart(review, locale),
    }
    if palette is not None and is_dark(palette):
        for chart in charts.values():
            _dress(chart, palette)
    return charts


def _dress(chart: QChart, palette: QPalette) -> None:
    """The chart in the palette's colours, its bars kept (a theme would repaint them)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))


def series_values(chart: QChart) -> dict[str, list[float]]:
    """What a chart draws: per bar set label, its values (in category order)."""
    values: dict[str, list[float]] = {}
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                values[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
    return values


class ChartsPanel(QWidget):
    """The three charts side by side; `show_review` replaces them with a new week's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.views: dict[str, QChartView] = {}
        for key, stretch in ((MINUTES, 5), (AWESOME, 4), (ENERGY_FOCUS, 3)):
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
            layout.addWidget(view, stretch)
            self.views[key] = view
        self.charts: dict[str, QChart] = {}
        self._day_labels: tuple[list[str], list[str]] = ([], [])  # names, numbers
        self._shown: tuple[WeekReview, QLocale | None] | None = None

    def show_review(self, review: WeekReview, locale: QLocale | None = None) -> None:
        old = self.charts
        self._shown = (review, locale)
        self.charts = build_charts(review, locale, self.palette())
        loc = locale or QLocale()
        self._day_labels = ([short_day(d, loc) for d in review.days],
                            [str(d.day) for d in review.days])
        for key, view in self.views.items():
            view.setChart(self.charts[key])
            chart = self.charts[key]
            view.setMinimumWidth(_width_for(chart, self._day_labels[1]) if key in DAY_CHARTS
                                 else _title_width(chart))
        self._fit_day_labels()
        for chart in old.values():  # the view does not own a chart it was given
            chart.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_day_labels()

    def changeEvent(self, event: QEvent) -> None:
        """The system switched between light and dark: the charts follow."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.show_review(*self._shown)

    def _fit_day_labels(self) -> None:
        """Day names ('Wed') where both day charts have room for them, else the day of the
        month ('25'): QtCharts would cut a name to '…' (a narrow French window showed 'm…').
        Not narrow names: 'M' for Tuesday and Wednesday, and a category axis keeps one."""
        if not self.charts:
            return
        names, numbers = self._day_labels
        fits = all(self.views[key].width() >= _width_for(self.charts[key], names)
                   for key in DAY_CHARTS)
        for key in DAY_CHARTS:
            axis = _category_axis(self.charts[key])
            if axis.categories() != (names if fits else numbers):  # a new layout: not free
                axis.setCategories(names if fits else numbers)


def _category_axis(chart: QChart) -> QBarCategoryAxis:
    return next(a for a in chart.axes(Qt.Orientation.Horizontal)
                if isinstance(a, QBarCategoryAxis))


def _width_for(chart: QChart, labels: list[str]) -> int:
    """The narrowest a day chart can be without QtCharts cutting its title or the day
    `labels` to '…': each category its label and some room, the value axis its widest
    label, and the frame."""
    metrics = QFontMetricsF(_category_axis(chart).labelsFont())
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    values = 0.0
    for axis in chart.axes(Qt.Orientation.Vertical):
        if isinstance(axis, QValueAxis):
            values = QFontMetricsF(axis.labelsFont()).horizontalAdvance(f"{axis.max():.0f}")
    categories = (widest * LABEL_SCALE + LABEL_PAD) * len(labels)
    return max(_title_width(chart), int(categories + values + FRAME))


def _title_width(chart: QChart) -> int:
    """What the chart's title, its axes' titles and its legend need on one line each."""
    widths = [QFontMetricsF(chart.titleFont()).horizontalAdvance(chart.title())]
    for axis in chart.axes(Qt.Orientation.Horizontal):
        widths.append(QFontMetricsF(axis.titleFont()).horizontalAdvance(axis.titleText())
                      + AXIS_TITLE_ROOM)
    if chart.legend().isVisible():
        metrics = QFontMetricsF(chart.legend().font())
        widths.append(sum(metrics.horizontalAdvance(label) + LEGEND_MARKER_ROOM
                          for label in series_values(chart)))
    return int(max(widths) + FRAME)


def render_charts(
    review: WeekReview,
    painter: QPainter,
    target: QRectF,
    locale: QLocale | None = None,
    logical: QSize | None = None,
    *,
    in_row: bool = False,
) -> None:
    """Draw the three charts into `target`, laid out at a `logical` size in pixels then
    scaled, so text stays in proportion: minutes on top, Awesome and energy/focus below, or
    `in_row` side by side as in the window (a short strip: the PDF's)."""
    size = logical or QSize(1200, 800)
    scene = QGraphicsScene()
    charts = build_charts(review, locale)
    w, h = size.width(), size.height()
    places = {
        MINUTES: QRectF(0, 0, w * 5 / 12, h),
        AWESOME: QRectF(w * 5 / 12, 0, w * 4 / 12, h),
        ENERGY_FOCUS: QRectF(w * 9 / 12, 0, w * 3 / 12, h),
    } if in_row else {
        MINUTES: QRectF(0, 0, w, h / 2),
        AWESOME: QRectF(0, h / 2, w / 2, h / 2),
        ENERGY_FOCUS: QRectF(w / 2, h / 2, w / 2, h / 2),
    }
    for key, chart in charts.items():
        scene.addItem(chart)
        chart.setGeometry(places[key])
    scene.setSceneRect(QRectF(0, 0, w, h))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    scene.clear()
