"""Exports of a week's review: a one-page PDF for the one-to-one, a PNG of the charts, a CSV
of the week's blocks. They render core's `WeekReview` and work offscreen (the CLI).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QWidget

from focusapp.core.days import IsoWeek
from focusapp.core.exports import blocks_csv
from focusapp.core.history import WeekTally
from focusapp.core.models import Block, Reflections
from focusapp.core.results import RoleResults
from focusapp.core.review import WeekReview
from focusapp.core.text import fill
from focusapp.services.output import write_failed
from focusapp.store.atomic import atomic_write_bytes
from focusapp.ui.charts import render_charts
from focusapp.ui.funnel import funnel_height, funnel_rows, paint_funnel
from focusapp.ui.names import role_name
from focusapp.ui.review_model import (
    CELL_COLOURS,
    CELL_SYMBOLS,
    ReviewProvider,
    cells,
    legend_text,
    results_items,
    role_headers,
    role_items,
    short_day,
    state_message,
    summary_items,
    week_label,
)
from focusapp.ui.strip import draw_week_strip, recent_label

PDF_DPI = 150
CHARTS_MIN_HEIGHT = 220.0  # at PDF_DPI: below it the charts' labels do not fit
TEXT, MUTED = "#212121", "#616161"
LETTER_TERRITORIES = frozenset({QLocale.Country.UnitedStates, QLocale.Country.Canada})


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter in the United States and Canada, A4 elsewhere."""
    letter = locale.territory() in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def paper_here() -> QPageSize:
    """The paper of the country the computer is set to: the UI language says nothing of it
    (English chosen in France is still A4; French in Canada, Letter)."""
    return page_size_for(QLocale.system())


class _Page:
    """A top-down text cursor on a painter: each call writes below the previous one."""

    def __init__(self, painter: QPainter, width: float) -> None:
        self.painter = painter
        self.width = width
        self.y = 0.0

    def text(
        self,
        text: str,
        size: float = 10,
        *,
        bold: bool = False,
        x: float = 0,
        width: float | None = None,
        colour: str = TEXT,
        advance: bool = True,
        dry: bool = False,
    ) -> float:
        """Write `text` wrapped at `width` (or only measure it, `dry`); return its height."""
        self.painter.setFont(_font(size, bold))
        self.painter.setPen(QColor(colour))
        rect = QRectF(x, self.y, width if width is not None else self.width - x, 10_000)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(rect, flags, text)
        if not dry:
            self.painter.drawText(rect, flags, text)
        if advance:
            self.y += used.height()
        return used.height()

    def gap(self, height: float) -> None:
        self.y += height

    def measure(self, text: str, size: float, *, bold: bool = False) -> float:
        """The width `text` takes on one line."""
        return QFontMetricsF(_font(size, bold), self.painter.device()).horizontalAdvance(text)


def _font(size: float, bold: bool) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def export_pdf(
    review: WeekReview,
    path: Path | str,
    locale: QLocale | None = None,
    reflections: Reflections | None = None,
    results: Mapping[str, RoleResults] | None = None,
) -> None:
    """One page: the week, its numbers, a row per role, each role's sales results, the charts
    and the reflections."""
    loc = locale or QLocale()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageSize(paper_here())
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(
        fill(
            QCoreApplication.translate("Review", "Weekly review — %1"),
            week_label(review.week, loc),
        )
    )
    writer.setCreator("FocusApp")
    painter = QPainter(writer)
    if not painter.isActive():  # the file could not be opened: nothing would be written
        raise write_failed(path)
    try:
        _draw_report(painter, writer.width(), writer.height(), review, loc, reflections,
                     results or {})
    finally:
        painter.end()


def _draw_report(
    painter: QPainter,
    width: float,
    height: float,
    review: WeekReview,
    loc: QLocale,
    reflections: Reflections | None,
    results: Mapping[str, RoleResults],
) -> None:
    page = _Page(painter, width)
    page.text(QCoreApplication.translate("Review", "Weekly review"), 11, colour=MUTED)
    page.text(week_label(review.week, loc), 18, bold=True)
    page.gap(20)
    message = state_message(review, results)
    if message:  # information (an empty week), not a problem: not in red
        page.text(message, 11, colour=MUTED)
        page.gap(10)
    _draw_summary(page, review, loc)
    page.gap(20)
    _draw_roles(page, review, loc)
    page.gap(20)
    if results:
        _draw_results(page, results, loc)
        page.gap(16)
    # The charts take what the rest leaves, in one row: the page stays one page.
    room = height - page.y - _reflections_height(page, reflections)
    chart_height = min(width * 0.4, max(CHARTS_MIN_HEIGHT, room - 20))
    render_charts(review, painter, QRectF(0, page.y, width, chart_height), loc,
                  QSize(1200, int(1200 * chart_height / width)), in_row=True)
    page.gap(chart_height + 20)
    if reflections is not None:
        _draw_reflections(page, reflections)


def _reflections_height(page: _Page, reflections: Reflections | None) -> float:
    """What `_draw_reflections` will take, measured before the charts are sized."""
    if reflections is None:
        return 0.0
    start = page.y
    _draw_reflections(page, reflections, dry=True)
    height, page.y = page.y - start, start
    return height


def _draw_summary(page: _Page, review: WeekReview, loc: QLocale) -> None:
    items = summary_items(review, loc)
    column = page.width / 2
    for index, (label, value) in enumerate(items[:-1]):
        x = column * (index % 2)
        page.text(
            fill(QCoreApplication.translate("Review", "%1: %2", "label: value"), label, value),
            10,
            x=x,
            width=column,
            advance=index % 2 == 1 or index == len(items) - 2,
        )
    label, value = items[-1]
    page.text(
        fill(QCoreApplication.translate("Review", "%1: %2", "label: value"), label, value),
        10,
    )


def _draw_roles(page: _Page, review: WeekReview, loc: QLocale) -> None:
    """The week grid: a row per role, a column per day, then its streak numbers, each
    number column as wide as its header's longest word or its widest value needs (a French
    header is longer than its English one), the names in what is left."""
    headers = role_headers()
    items = [role_items(role_week, loc) for role_week in review.roles]
    pad = page.measure("    ", 10)
    num_ws = [max([page.measure(word, 7, bold=True) for word in header.split()]
                  + [page.measure(row[i], 10) for row in items]) + pad
              for i, header in enumerate(headers)]
    day_w = page.width * 0.055
    name_w = page.width - 7 * day_w - sum(num_ws)
    num_xs = [name_w + 7 * day_w + sum(num_ws[:i]) for i in range(len(num_ws))]
    heights = [
        page.text(f"{short_day(day, loc)}\n{day.day}", 7, bold=True, x=name_w + i * day_w,
                  width=day_w, advance=False)
        for i, day in enumerate(review.days)
    ]
    heights += [page.text(header, 7, bold=True, x=x, width=w, advance=False)
                for header, x, w in zip(headers, num_xs, num_ws, strict=True)]
    page.gap(max(heights) + 8)
    if not review.roles:
        page.text(QCoreApplication.translate("Review", "No sales role is enabled."), 10)
    for role_week, row in zip(review.roles, items, strict=True):
        used = page.text(role_name(role_week.role), 10, bold=True, width=name_w - 8,
                         advance=False)
        for i, shown in enumerate(cells(role_week)):
            page.text(CELL_SYMBOLS[shown], 12, x=name_w + i * day_w + day_w / 4, width=day_w,
                      colour=CELL_COLOURS[shown], advance=False)
        for item, x, w in zip(row, num_xs, num_ws, strict=True):
            page.text(item, 10, x=x, width=w, advance=False)
        page.gap(max(used, 20.0) + 4)
        _draw_recent(page, role_week.recent, name_w)
    page.text(legend_text(), 7, colour=MUTED)


RECENT_HEIGHT = 13.0


def _draw_recent(page: _Page, recent: tuple[WeekTally, ...], label_w: float) -> None:
    """'Last 12 weeks' and a box a week under the role's row (met days of working days)."""
    if not recent:
        return
    label = page.text(recent_label(recent), 7, width=label_w - 8, colour=MUTED, advance=False)
    draw_week_strip(page.painter, label_w, page.y, page.width - label_w, RECENT_HEIGHT, recent,
                    _font(6, False))
    page.gap(max(label, RECENT_HEIGHT) + 8)


def _draw_results(page: _Page, results: Mapping[str, RoleResults], loc: QLocale) -> None:
    """Per role: its name, what was counted and the handoffs on the left; its funnel on
    the right."""
    page.text(QCoreApplication.translate("Review", "Sales results"), 10, bold=True)
    page.gap(4)
    text_w = page.width * 0.42
    font = _font(8, False)
    for (label, lines), result in zip(results_items(results, loc), results.values(),
                                      strict=True):
        top = page.y
        page.text(label, 9, bold=True, width=text_w - 12)
        page.text(lines, 8, width=text_w - 12)
        rows = funnel_rows(result, loc)
        drawn = funnel_height(rows, font, page.painter.device())
        paint_funnel(page.painter, QRectF(text_w, top, page.width - text_w, drawn), rows, font,
                     QColor(TEXT), QColor(MUTED))
        page.y = max(page.y, top + drawn) + 10


def _draw_reflections(page: _Page, reflections: Reflections, *, dry: bool = False) -> None:
    """The three answers; `dry` only moves the cursor (to measure them)."""
    translate = QCoreApplication.translate
    page.text(translate("Review", "What worked"), 10, bold=True, dry=dry)
    page.text(reflections.worked or "—", 10, dry=dry)
    page.gap(8)
    page.text(translate("Review", "What to change"), 10, bold=True, dry=dry)
    page.text(reflections.change or "—", 10, dry=dry)
    page.gap(8)
    if reflections.priorities:
        page.text(translate("Review", "Next week's priorities"), 10, bold=True, dry=dry)
        for role, priority in reflections.priorities.items():
            page.text(fill(translate("Review", "%1: %2", "label: value"), role_name(role),
                           priority or "—"), 10, dry=dry)


def export_png(
    source: WeekReview | QWidget,
    path: Path | str,
    locale: QLocale | None = None,
    size: QSize | None = None,
) -> None:
    """The charts as a PNG: grabbed from a widget on screen, or rendered from a review."""
    if isinstance(source, QWidget):
        if not source.grab().save(str(path), "PNG"):
            raise write_failed(path)
        return
    size = size or QSize(1200, 800)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        render_charts(source, painter, QRectF(0, 0, size.width(), size.height()), locale, size)
    finally:
        painter.end()
    # The 6.12 stub says bytes, the binding accepts only str for the format.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise write_failed(path)


def export_csv(blocks: tuple[Block, ...] | list[Block], path: Path | str) -> None:
    """One row per block; machine-readable (ISO instants with offset, dot decimals)."""
    atomic_write_bytes(Path(path), blocks_csv(blocks).encode("utf-8"))


@dataclass(frozen=True)
class CsvBlock:
    id: str
    start: str
    end: str
    role: str
    activity: str
    planned_minutes: int
    focused_minutes: float | None
    energy: int
    outcome: str
    count: int | None
    note: str


def read_csv(path: Path | str) -> list[CsvBlock]:
    """Parse a CSV written by `export_csv` (the tests read exports back with it)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [
            CsvBlock(
                id=row["id"],
                start=row["start"],
                end=row["end"],
                role=row["role"],
                activity=row["activity"],
                planned_minutes=int(row["planned_minutes"]),
                focused_minutes=float(row["focused_minutes"]) if row["focused_minutes"] else None,
                energy=int(row["energy"]),
                outcome=row["outcome"],
                count=int(row["count"]) if row["count"] else None,
                note=row["note"],
            )
            for row in csv.DictReader(handle)
        ]


def export_week(
    provider: ReviewProvider,
    week: IsoWeek,
    *,
    pdf: Path | str | None = None,
    png: Path | str | None = None,
    csv_path: Path | str | None = None,
    locale: QLocale | None = None,
) -> WeekReview:
    """Export one week without a window (the CLI: `focusapp review --week W --pdf FILE`).

    Needs a QApplication (charts are graphics widgets); offscreen is enough."""
    facts = provider.facts()
    review = facts.review(week)
    if pdf is not None:
        export_pdf(review, pdf, locale, provider.load_reflections(week), facts.results(week))
    if png is not None:
        export_png(review, png, locale)
    if csv_path is not None:
        export_csv(review.blocks, csv_path)
    return review
