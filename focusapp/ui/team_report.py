"""The team report as a PDF a sales manager reads at a glance (issue 11): per rep, a row per
role with the week's grid (symbols, readable in black and white), days met and streak, and
under it the role's counts, funnel and handoffs in the words of the rep's own review; then
the handoffs between roles across the team; then the files left out, and why.

As many pages as the team needs, the headers repeated on each; A4 or Letter from the
locale's country. Drawn into memory: the caller writes the bytes atomically, so a refused
write never leaves half a PDF. Needs a QGuiApplication; offscreen is enough (the CLI).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from focusapp.core.days import IsoWeek
from focusapp.core.streaks import Cell
from focusapp.core.team import Relay, TeamRow, team_marks
from focusapp.core.text import fill
from focusapp.store.import_check import Problem as ImportProblem
from focusapp.ui.day_text import percent
from focusapp.ui.funnel import funnel_height, funnel_rows, paint_funnel
from focusapp.ui.import_text import problem_text
from focusapp.ui.names import receiver_name, role_name
from focusapp.ui.report import PDF_DPI, paper_here
from focusapp.ui.review_model import (
    CELL_COLOURS,
    CELL_SYMBOLS,
    COUNTED_MARKS,
    results_items,
    short_day,
    week_label,
)
from focusapp.ui.strip import draw_week_strip, recent_label

INK = "#212121"
QUIET = "#616161"
RULE = "#bdbdbd"
# Working days of the grid: 'days met' counts out of these.
_WORKING = frozenset(Cell(m.value) for m in COUNTED_MARKS) | {Cell.PARTLY}


@dataclass(frozen=True)
class RepWeek:
    """One rep's rows (a row per enabled role), in the order of the rep's roles."""

    name: str
    rows: tuple[TeamRow, ...]
    files: tuple[str, ...] = ()  # shown to tell apart reps of one name


@dataclass(frozen=True)
class TeamReport:
    week: IsoWeek
    reps: tuple[RepWeek, ...]
    relays: tuple[Relay, ...]  # handoffs between roles, across the team
    exports: int  # files read
    skipped: tuple[tuple[str, ImportProblem], ...] = ()  # (file, why) left out


def team_pdf(report: TeamReport, locale: QLocale | None = None,
             paper: QPageSize | None = None) -> bytes:
    """The report's PDF document: words, dates and numbers in `locale`; on `paper`, by
    default the locale's country's (the caller knows the country when the language is not
    the system's)."""
    loc = locale or QLocale()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageSize(paper or paper_here())
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(fill(QCoreApplication.translate("TeamReport", "Team report — %1"),
                         week_label(report.week, loc)))
    writer.setCreator("FocusApp")
    painter = QPainter(writer)
    try:
        _draw(_Sheet(writer, painter), report, loc)
    finally:
        painter.end()
    return bytes(buffer.data().data())


class _Sheet:
    """A top-down text cursor over as many pages as needed: `room(h)` starts a new page
    (and calls `on_new_page`, which redraws the headers) when `h` would not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.width = float(writer.width())
        self.height = float(writer.height())
        self.y = 0.0
        self.on_new_page: Callable[[], None] = lambda: None

    def room(self, height: float) -> None:
        if self.y > 0 and self.y + height > self.height:
            self.writer.newPage()
            self.y = 0.0
            self.on_new_page()

    def measure(self, text: str, size: float, width: float, *, bold: bool = False) -> float:
        self.painter.setFont(_font(size, bold))
        return self.painter.boundingRect(QRectF(0, 0, width, 10_000), _FLAGS, text).height()

    def widest_word(self, texts: list[str], size: float, *, bold: bool = False) -> float:
        metrics = QFontMetricsF(_font(size, bold), self.writer)
        return max(metrics.horizontalAdvance(word) for text in texts for word in text.split())

    def text(self, text: str, size: float = 10, *, bold: bool = False, x: float = 0,
             width: float | None = None, colour: str = INK, advance: bool = True,
             centred: bool = False) -> float:
        flags = _FLAGS | int(Qt.AlignmentFlag.AlignHCenter if centred
                             else Qt.AlignmentFlag.AlignLeft)
        self.painter.setFont(_font(size, bold))
        self.painter.setPen(QColor(colour))
        rect = QRectF(x, self.y, width if width is not None else self.width - x, 10_000)
        used = self.painter.boundingRect(rect, flags, text).height()
        self.painter.drawText(rect, flags, text)
        if advance:
            self.y += used
        return used

    def rule(self) -> None:
        self.painter.setPen(QPen(QColor(RULE), 1.5))
        self.painter.drawLine(0, round(self.y), round(self.width), round(self.y))

    def gap(self, height: float) -> None:
        self.y += height


_FLAGS = int(Qt.TextFlag.TextWordWrap)


def _font(size: float, bold: bool) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Columns:
    """The rep table's columns: role, the seven days, days met, streak."""

    role: float
    day: float

    @classmethod
    def of(cls, width: float) -> _Columns:
        return cls(role=width * 0.3, day=width * 0.058)

    def day_x(self, index: int) -> float:
        return self.role + index * self.day

    @property
    def met_x(self) -> float:
        return self.day_x(7) + self.day * 0.5

    @property
    def met_width(self) -> float:
        return self.day * 2.5

    @property
    def streak_x(self) -> float:
        return self.met_x + self.met_width + self.day * 0.3


def _draw(sheet: _Sheet, report: TeamReport, loc: QLocale) -> None:
    translate = QCoreApplication.translate
    sheet.text(translate("TeamReport", "Team report"), 11, colour=QUIET)
    sheet.text(week_label(report.week, loc), 18, bold=True)
    sheet.text(fill(translate("TeamReport", "Reps: %1 · exports read: %2 · files left out: %3"),
                    str(len(report.reps)), str(report.exports), str(len(report.skipped))),
               10, colour=QUIET)
    sheet.gap(16)
    sheet.text(_legend(), 8, colour=QUIET)
    sheet.gap(10)
    _draw_reps(sheet, report, loc)
    sheet.on_new_page = lambda: _running_head(sheet, report, loc)
    sheet.gap(24)
    _draw_relays(sheet, report.relays, loc)
    if report.skipped:
        sheet.gap(24)
        _draw_skipped(sheet, report.skipped)


def _legend() -> str:
    return QCoreApplication.translate(
        "TeamReport", "✓ met · ◐ partly: some work, target missed · ✗ missed · ❄ frozen: a "
        "streak freeze was used · – day off · … today, not met yet · · not tracked yet")


def _running_head(sheet: _Sheet, report: TeamReport, loc: QLocale) -> None:
    sheet.text(fill(QCoreApplication.translate("TeamReport", "Team report — %1"),
                    week_label(report.week, loc)), 9, colour=QUIET)
    sheet.gap(12)


def _draw_reps(sheet: _Sheet, report: TeamReport, loc: QLocale) -> None:
    columns = _Columns.of(sheet.width)

    def new_page() -> None:
        _running_head(sheet, report, loc)
        _table_head(sheet, report.week, columns, loc)

    _table_head(sheet, report.week, columns, loc)
    sheet.on_new_page = new_page
    for rep in report.reps:
        heights = [_row_height(sheet, row, columns, loc) for row in rep.rows]
        head = sheet.measure(rep.name, 12, sheet.width, bold=True) + 22
        files = _files_line(rep)
        if files:
            head += sheet.measure(files, 8.5, sheet.width) + 4
        # A rep's rows on one page, under its name (six roles at most: they fit one page).
        sheet.room(head + (sum(heights) or 40.0))
        _rep_head(sheet, rep.name)
        if files:
            sheet.text(files, 8.5, colour=QUIET)
            sheet.gap(4)
        if not rep.rows:
            sheet.text(QCoreApplication.translate("Review", "No sales role is enabled."), 9,
                       x=columns.role * 0.1, colour=QUIET)
        for row, height in zip(rep.rows, heights, strict=True):
            sheet.room(height)  # never past the bottom of a page
            _draw_row(sheet, row, columns, loc)


def _files_line(rep: RepWeek) -> str:
    if not rep.files:
        return ""
    return fill(QCoreApplication.translate("TeamReport", "Another rep has this name; these "
                                                         "exports: %1"), ", ".join(rep.files))


def _rep_head(sheet: _Sheet, name: str) -> None:
    sheet.gap(8)
    sheet.rule()
    sheet.gap(6)
    sheet.text(name, 12, bold=True)
    sheet.gap(4)


def _table_head(sheet: _Sheet, week: IsoWeek, columns: _Columns, loc: QLocale) -> None:
    heights = [sheet.text(QCoreApplication.translate("TeamReport", "Role"), 8, bold=True,
                          width=columns.role - 8, advance=False)]
    heights += [sheet.text(f"{short_day(day, loc)}\n{day.day}", 8, bold=True,
                           x=columns.day_x(i), width=columns.day, advance=False, centred=True)
                for i, day in enumerate(week.days)]
    heights.append(sheet.text(QCoreApplication.translate("TeamReport", "Days met"), 8,
                              bold=True, x=columns.met_x, width=columns.met_width,
                              advance=False))
    heights.append(sheet.text(QCoreApplication.translate("TeamReport", "Streak"), 8, bold=True,
                              x=columns.streak_x, width=sheet.width - columns.streak_x,
                              advance=False))
    sheet.gap(max(heights) + 4)


def _results_text(row: TeamRow, loc: QLocale) -> str:
    """The role's counts and handoffs: the rep's review says them the same way."""
    return results_items({row.role: row.results}, loc)[0][1]


FUNNEL_FONT_SIZE = 7.5
TEXT_SHARE = 0.6  # of the width, for the counts and handoffs; the funnel has the rest


def _results_height(sheet: _Sheet, row: TeamRow, columns: _Columns, loc: QLocale) -> float:
    """The counts and handoffs on the left, the funnel on the right: the taller of both."""
    indent = columns.role * 0.1
    lines = sheet.measure(_results_text(row, loc), 8, sheet.width * TEXT_SHARE - indent - 8)
    funnel = funnel_height(funnel_rows(row.results, loc), _font(FUNNEL_FONT_SIZE, False),
                           sheet.writer)
    return max(lines, funnel)


def _row_height(sheet: _Sheet, row: TeamRow, columns: _Columns, loc: QLocale) -> float:
    name = sheet.measure(role_name(row.role), 10, columns.role - 8, bold=True)
    results = _results_height(sheet, row, columns, loc)
    return max(name, 36.0) + 4 + results + STRIP_HEIGHT + 6 + 14


def _draw_row(sheet: _Sheet, row: TeamRow, columns: _Columns, loc: QLocale) -> None:
    indent = columns.role * 0.1
    used = sheet.text(role_name(row.role), 10, bold=True, x=indent,
                      width=columns.role - indent - 8, advance=False)
    marks = team_marks(row)
    for i, mark in enumerate(marks):
        sheet.text(CELL_SYMBOLS[mark], 13, x=columns.day_x(i), width=columns.day,
                   colour=CELL_COLOURS[mark], advance=False, centred=True)
    working = sum(1 for m in marks if m in _WORKING)
    sheet.text(fill(QCoreApplication.translate("Review", "%1 of %2", "days met of working days"),
                    str(row.met_days), str(working)),
               10, x=columns.met_x, width=columns.met_width, advance=False)
    sheet.text(str(row.streak), 10, x=columns.streak_x, width=sheet.width - columns.streak_x,
               advance=False)
    sheet.gap(max(used, 36.0) + 4)
    _draw_results(sheet, row, columns, loc)
    _draw_recent(sheet, row, indent)
    sheet.gap(14)


def _draw_results(sheet: _Sheet, row: TeamRow, columns: _Columns, loc: QLocale) -> None:
    """What was counted and the handoffs on the left, the funnel drawn on the right, as in
    the rep's own weekly PDF."""
    indent, half = columns.role * 0.1, sheet.width * TEXT_SHARE
    top = sheet.y
    sheet.text(_results_text(row, loc), 8, x=indent, width=half - indent - 8,
               colour="#424242", advance=False)
    rows = funnel_rows(row.results, loc)
    font = _font(FUNNEL_FONT_SIZE, False)
    paint_funnel(sheet.painter, QRectF(half, top, sheet.width - half,
                                       funnel_height(rows, font, sheet.writer)),
                 rows, font, QColor(INK), QColor(QUIET))
    sheet.y = top + _results_height(sheet, row, columns, loc)


STRIP_HEIGHT = 22.0


def _draw_recent(sheet: _Sheet, row: TeamRow, indent: float) -> None:
    """'Last 12 weeks' and a box per week, met days of working days in each."""
    if not row.recent:
        return
    sheet.gap(6)
    sheet.text(recent_label(row.recent), 8.5, x=indent, width=sheet.width * 0.25, colour=QUIET,
               advance=False)
    start = indent + sheet.width * 0.25
    draw_week_strip(sheet.painter, start, sheet.y, sheet.width - start, STRIP_HEIGHT,
                    row.recent, _font(7.5, False))
    sheet.gap(STRIP_HEIGHT)


# ---- handoffs between roles ---------------------------------------------------------------


def _relay_headers() -> list[str]:
    translate = QCoreApplication.translate
    return [translate("TeamReport", "From → to"), translate("TeamReport", "Sent"),
            translate("TeamReport", "Accepted"), translate("TeamReport", "Sent back"),
            translate("TeamReport", "Pending"), translate("TeamReport", "On time"),
            translate("TeamReport", "Complete")]


def _relay_cells(relay: Relay, loc: QLocale) -> list[str]:
    figures = relay.figures

    def share(part: int) -> str:
        value = figures.share(part)
        return "—" if value is None else percent(value, loc)

    pair = fill(QCoreApplication.translate("TeamReport", "%1 → %2", "sending role → receiver"),
                role_name(relay.sender), receiver_name(relay.to))
    return [pair, str(figures.sent), str(figures.accepted), str(figures.sent_back),
            str(relay.pending), share(figures.on_time), share(figures.complete)]


def _draw_relays(sheet: _Sheet, relays: tuple[Relay, ...], loc: QLocale) -> None:
    translate = QCoreApplication.translate
    sheet.room(160)
    sheet.text(translate("TeamReport", "Handoffs between roles"), 12, bold=True)
    sheet.text(translate("TeamReport", "Sent this week across the team, and what the receivers "
                                       "made of them so far."), 8.5, colour=QUIET)
    sheet.gap(8)
    if not relays:
        sheet.text(translate("TeamReport", "No handoff was sent this week."), 10)
        return
    headers = _relay_headers()
    gutter = 12.0
    # The numbers' columns as wide as their longest header word (a header may wrap at its
    # spaces, never inside a word: "Renvoyés" must not run into "Acceptés"); the pair of
    # roles gets the rest.
    number_w = max(sheet.widest_word(headers[1:], 8, bold=True),
                   sheet.widest_word(["100 %"], 9)) + gutter
    pair_w = sheet.width - 6 * number_w
    xs = [0.0] + [pair_w + i * number_w + gutter / 2 for i in range(6)]
    widths = [pair_w - gutter] + [number_w - gutter] * 6

    def line(cells: list[str], size: float, bold: bool) -> None:
        heights = [sheet.text(cell, size, bold=bold, x=x, width=w, advance=False,
                              centred=i >= 1)
                   for i, (cell, x, w) in enumerate(zip(cells, xs, widths, strict=True))]
        sheet.gap(max(heights) + 6)

    line(headers, 8, True)
    for relay in relays:
        sheet.room(50)
        line(_relay_cells(relay, loc), 9, False)


def _draw_skipped(sheet: _Sheet, skipped: tuple[tuple[str, ImportProblem], ...]) -> None:
    sheet.room(100)
    sheet.text(QCoreApplication.translate("TeamReport", "Files left out"), 12, bold=True)
    sheet.text(QCoreApplication.translate("TeamReport", "The command line said what is wrong "
                                                        "with each."), 8.5, colour=QUIET)
    sheet.gap(4)
    for file, problem in skipped:
        text = fill(QCoreApplication.translate("TeamReport", "%1: %2", "file: why"), file,
                    _why_left_out(problem))
        sheet.room(sheet.measure(text, 9, sheet.width))
        sheet.text(text, 9)
        sheet.gap(4)


def _why_left_out(problem: ImportProblem) -> str:
    """In the manager's language: what the app can word (the file itself is wrong, a
    setting out of range) it words; a damaged record is summed up (its details, in the
    file's own names, are on the command line)."""
    if problem.refusal is not None:
        return problem_text(problem)
    if problem.kind == "file":
        return QCoreApplication.translate(
            "TeamReport", "not a FocusApp export this version can read (another kind of file, "
            "an export from a newer version, or a damaged one)")
    return QCoreApplication.translate("TeamReport", "some of its records cannot be read")
