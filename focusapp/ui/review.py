"""The weekly streak review (SPEC §9): one ISO week, its streaks per role, its charts, its
reflections and its exports. A thin view over core's `WeekReview`.

Keys: Alt+Left or Page Up = previous week, Alt+Right or Page Down = next week,
Alt+Home or Ctrl+Home = this week (Page Up/Down and Ctrl+Home go to a text box while one has
the focus; the Alt keys always work).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.days import IsoWeek
from focusapp.core.errors import ValidationError, errno_name
from focusapp.core.review import WeekReview
from focusapp.core.streaks import Progress
from focusapp.core.text import fill
from focusapp.services.output import check_output, write_error
from focusapp.ui.charts import ChartsPanel
from focusapp.ui.names import role_name
from focusapp.ui.paths import documents_path
from focusapp.ui.problems import error_message
from focusapp.ui.reasons import unusable_reason
from focusapp.ui.report import export_csv, export_pdf, export_png
from focusapp.ui.review_model import (
    ReviewFacts,
    ReviewProvider,
    roles_started_in_week,
    state_message,
    week_label,
)
from focusapp.ui.review_parts import ReflectionsPanel, ResultsPanel, RoleRows, WeekNumbers
from focusapp.ui.scheme import LEAD, TITLE, error_style, scaled

SAVE_DELAY_MS = 500
EXPORTED_SHOWN_MS = 10_000  # how long the status bar says where an export went
SAVE_RETRY_MS = 30_000  # reflections the disk refused (full, read-only) are saved again


class ReviewWindow(QMainWindow):
    week_changed = Signal(object)  # IsoWeek
    history_requested = Signal(str)  # a role id, "" for the first one
    reflections_saved = Signal(object)  # Reflections

    def __init__(self, provider: ReviewProvider, week: IsoWeek | None = None,
                 parent: QWidget | None = None, *, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir  # exports never go in there
        self.setWindowTitle(self.tr("Weekly review"))
        self.resize(_fitting_size(1180, 980))
        self._provider = provider
        self._facts: ReviewFacts = provider.facts()
        self._progress: Progress = self._facts.progress()  # one pass, reused for every week
        self.week = week or IsoWeek.of(self._facts.today)
        self.review: WeekReview  # set by _show_week
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush_reflections)
        self._dirty = False
        self._refused = False  # told that the disk refused the reflections, not saved since
        self._build()
        self._add_actions()
        self._show_week(self.week)

    # ---- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self._nav_bar())
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.setFont(scaled(self.message.font(), LEAD))
        layout.addWidget(self.message)
        self.role_rows = RoleRows()
        layout.addWidget(self.role_rows)
        self.results = ResultsPanel()
        layout.addWidget(self.results)
        self.charts = ChartsPanel()
        layout.addWidget(self.charts)
        row = QHBoxLayout()
        self.numbers = WeekNumbers()
        row.addWidget(self.numbers, 2)
        self.reflections = ReflectionsPanel()
        self.reflections.edited.connect(self._on_reflections_edited)
        row.addWidget(self.reflections, 3)
        layout.addLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # The exports stay in sight below the scrolled week, however many roles it shows.
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        column.addLayout(self._export_bar())
        self.setCentralWidget(central)

    def _nav_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.previous_button.setToolTip(self.tr("Alt+Left or Page Up"))
        self.previous_button.clicked.connect(self.previous_week)
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.setToolTip(self.tr("Alt+Home or Ctrl+Home"))
        self.this_week_button.clicked.connect(self.this_week)
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.next_button.setToolTip(self.tr("Alt+Right or Page Down"))
        self.next_button.clicked.connect(self.next_week)
        self.week_title = QLabel()
        self.week_title.setFont(scaled(self.week_title.font(), TITLE, bold=True))
        self.week_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.week_title, 1)
        bar.addWidget(self.this_week_button)
        bar.addWidget(self.next_button)
        self.history_button = QPushButton(self.tr("Streak &history"))
        self.history_button.clicked.connect(lambda: self.history_requested.emit(""))
        bar.addWidget(self.history_button)
        return bar

    def _export_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(9, 0, 9, 9)
        bar.addStretch(1)
        exports = ((self.tr("Export PDF…"), "pdf"), (self.tr("Export charts (PNG)…"), "png"),
                   (self.tr("Export blocks (CSV)…"), "csv"))
        for text, kind in exports:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self._on_export_clicked(k))
            bar.addWidget(button)
        return bar

    def _add_actions(self) -> None:
        for keys, slot in (
            (("Alt+Left", "PgUp"), self.previous_week),
            (("Alt+Right", "PgDown"), self.next_week),
            (("Alt+Home", "Ctrl+Home"), self.this_week),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)

    # ---- navigation -----------------------------------------------------------------------

    def previous_week(self) -> None:
        self.show_week(self.week.shifted(-1))

    def next_week(self) -> None:
        """Up to this week: the weeks to come have nothing to review yet."""
        if self.week < IsoWeek.of(self._facts.today):
            self.show_week(self.week.shifted(1))

    def this_week(self) -> None:
        self.show_week(IsoWeek.of(self._facts.today))

    def show_week(self, week: IsoWeek) -> None:
        if not self.flush_reflections():  # the typed text belongs to the week it was typed for:
            return  # another week's would replace it before the disk took it
        self._show_week(week)
        self.week_changed.emit(week)

    def refresh(self) -> None:
        """Re-read the facts (after a block, a day or a setting changed) and redraw."""
        if not self.flush_reflections():
            return  # redrawing reloads the reflections: not before the typed ones are saved
        self._facts = self._provider.facts()
        self._progress = self._facts.progress()
        self._show_week(self.week)

    def _show_week(self, week: IsoWeek) -> None:
        locale = QLocale()
        self.week = week
        self.review = self._facts.review(week, self._progress)
        self.week_title.setText(week_label(week, locale))
        self.role_rows.show_review(self.review, locale, self._facts.roles)
        self.week_results = self._facts.results(week, self._progress)
        self._show_message(self._messages())
        self.results.show_results(self.week_results, locale)
        self.charts.show_review(self.review, locale)
        self.numbers.show_review(self.review, locale, self._facts.scheduled(week))
        self.reflections.load(self._provider.load_reflections(week), self._facts.enabled_roles)
        self.this_week_button.setEnabled(week != IsoWeek.of(self._facts.today))
        self.next_button.setEnabled(week < IsoWeek.of(self._facts.today))

    def _messages(self) -> str:
        message = state_message(self.review, self.week_results)
        lines = [message] if message else []
        for role, day in roles_started_in_week(self.review).items():
            started = QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)
            lines.append(fill(self.tr("%1 started on %2 this week: the days before it are not "
                                      "tracked."), role_name(role), started))
        return "\n".join(lines)

    # ---- reflections ----------------------------------------------------------------------

    def _on_reflections_edited(self) -> None:
        self._dirty = True
        self._save_timer.start(SAVE_DELAY_MS)

    def flush_reflections(self) -> bool:
        """Save what was typed now (the debounce timer, a week change or closing call it).

        False if the disk refused it (full, read-only): the text stays here, still to save,
        tried again every SAVE_RETRY_MS (the window lives on when closed), and the user is
        told once."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        reflections = self.reflections.reflections(self.week)
        try:
            self._provider.save_reflections(reflections)
        except OSError as error:
            self._save_timer.start(SAVE_RETRY_MS)
            if not self._refused:  # said once, where the user looks (not a dialog: this
                self._refused = True  # may run while the app quits)
                self._show_message(fill(
                    self.tr("Your reflections could not be saved: %1. They stay in this window "
                            "and FocusApp will save them as soon as it can."),
                    unusable_reason(errno_name(error))), error=True)
            return False
        self._dirty = self._refused = False
        self._show_message(self._messages())
        self.reflections_saved.emit(reflections)
        return True

    def _show_message(self, text: str, *, error: bool = False) -> None:
        """A problem in red; plain information (an empty week, a role taken up this week)
        in the window's own colours: it is not an error."""
        self.message.setStyleSheet(f"{error_style() if error else ''} padding: 4px;")
        self.message.setProperty("error", error)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_reflections()
        super().closeEvent(event)

    # ---- exports --------------------------------------------------------------------------

    def export_to(self, kind: str, path: Path | str) -> None:
        """Write the shown week as 'pdf', 'png' (the charts on screen) or 'csv'."""
        self.flush_reflections()
        if self._data_dir is not None:
            path = check_output(path, self._data_dir)
        if kind == "pdf":
            export_pdf(self.review, path, QLocale(), self._provider.load_reflections(self.week),
                       self.week_results)
        elif kind == "png":
            export_png(self.charts, path)
        elif kind == "csv":
            export_csv(self.review.blocks, path)
        else:
            raise ValueError(f"unknown export kind {kind!r}")

    def _on_export_clicked(self, kind: str) -> None:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "png": self.tr("PNG image (*.png)"),
                   "csv": self.tr("CSV (*.csv)")}
        suggested = documents_path(f"focusapp-review-{self.week}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested, filters[kind])
        if not path:
            return
        try:
            self.export_to(kind, path)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Export"), error_message(error))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export"), error_message(write_error(path, error)))
        else:  # said where it went, without a dialog to dismiss
            self.statusBar().showMessage(fill(self.tr("Written to %1."), path), EXPORTED_SHOWN_MS)


def _fitting_size(width: int, height: int) -> QSize:
    """The preferred size, shrunk to fit a small laptop screen (the content scrolls)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry()
    return QSize(min(width, int(room.width() * 0.95)), min(height, int(room.height() * 0.9)))

