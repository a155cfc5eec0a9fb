"""Today's timeline (issue 13): the day at a glance, in time order — meetings, proposed
blocks (Accept / Skip), accepted ones (Start), finished blocks with their Awesome, the free
time, and "now" with the running block's countdown; above it, what comes next.

Every row is one line a user reads (`lines()` gives them, for `focusapp status` and tests);
its buttons are reached with Tab and pressed with Space, like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.models import Block
from focusapp.core.planner import Kind, Proposal
from focusapp.core.text import fill
from focusapp.services.qt_keys import set_keys
from focusapp.ui.day_text import number, short_time
from focusapp.ui.names import activity_name, role_name

if TYPE_CHECKING:
    from focusapp.core.calendar import Meeting
    from focusapp.flows.planning import PlanView

translate = QCoreApplication.translate  # lupdate reads calls by this name too

# The plan takes the room of its rows up to VISIBLE_ROWS (past that it scrolls, and the rest
# of Today keeps its room), and in a short window never less than its FIRST_ROWS.
FIRST_ROWS = 3
VISIBLE_ROWS = 7


def span_text(start: datetime, end: datetime) -> str:
    return fill(translate("Timeline", "%1–%2"), short_time(start), short_time(end))


def proposal_text(proposal: Proposal) -> str:
    """What a proposed block is for: 'prepare Acme', 'power hour (Prospecting block…)'."""
    title = proposal.meeting or translate("Timeline", "(no title)")
    if proposal.kind is Kind.PREP:
        return fill(translate("Timeline", "prepare %1"), title)
    if proposal.kind is Kind.NEXT_STEP:
        return fill(translate("Timeline", "log the dated next step of %1"), title)
    return fill(translate("Timeline", "power hour (%1)"),
                activity_name(None, proposal.activity))


def minutes_between(first: datetime, last: datetime) -> float:
    """Real minutes, whatever the zones: on a DST day the wall clock skips an hour."""
    return (last.timestamp() - first.timestamp()) / 60


def duration_text(minutes: float) -> str:
    hours, left = divmod(round(minutes), 60)
    if not hours:
        return translate("Timeline", "%n min", "", left)
    return fill(translate("Timeline", "%1 h %2"), str(hours), f"{left:02d}")


class TimelineRow(QFrame):
    """One line of the day, with its buttons."""

    def __init__(self, text: str, start: datetime | None, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.kind = start, kind
        self.setObjectName(f"timeline_{kind}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 4, 1)
        self.label = QLabel(text)
        set_keys(self.label, textFormat="PlainText")
        self.label.setWordWrap(True)
        self._style(kind)
        layout.addWidget(self.label, 1)
        self._layout = layout
        self.buttons: dict[str, QPushButton] = {}

    def _style(self, kind: str) -> None:
        """Meetings and "now" stand out, proposals are in italics, free time is quiet."""
        font = self.label.font()
        font.setBold(kind in ("meeting", "now"))
        font.setItalic(kind == "proposed")
        self.label.setFont(font)
        role = {"free": QPalette.ColorRole.PlaceholderText,
                "now": QPalette.ColorRole.Highlight}.get(kind)
        if role is not None:
            palette = self.label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, palette.color(role))
            self.label.setPalette(palette)

    def add_button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(fill(translate("Timeline", "%1: %2"), text,
                                      self.label.text()))
        self._layout.addWidget(button)
        self.buttons[name] = button
        return button

    def text(self) -> str:
        return self.label.text()


class TimelinePanel(QWidget):
    answered = Signal(str, str)  # a proposal's key, "accept" / "skip" / "start"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Today's plan"))
        self.next_label = QLabel()
        self.next_label.setObjectName("timelineNext")
        self.next_label.setWordWrap(True)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        self.rows_layout.addStretch(1)  # the rows stay at the top, above it
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.rows_box)
        self.area.setAccessibleName(self.tr("Today's plan"))
        layout.addWidget(self.title)
        layout.addWidget(self.next_label)
        layout.addLayout(self._held_row())
        layout.addWidget(self.area, 1)  # the rows take the room; the labels keep theirs
        self.rows: list[TimelineRow] = []
        self.now_row: TimelineRow | None = None
        self._now_at = ""

    def _held_row(self) -> QHBoxLayout:
        """The meetings held by the calendar and not counted yet, counted in one tap."""
        row = QHBoxLayout()
        self.held_label = QLabel()
        self.held_label.setObjectName("heldMeetings")
        self.held_label.setWordWrap(True)
        self.held_button = QPushButton(self.tr("Count them"))
        self.held_button.clicked.connect(lambda: self.answered.emit("", "count_held"))
        row.addWidget(self.held_label, 1)
        row.addWidget(self.held_button)
        self.held_label.hide()
        self.held_button.hide()
        return row

    # ---- showing ------------------------------------------------------------------------

    def show_plan(self, view: PlanView) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        rows = [*self._meeting_rows(view.meetings), *self._proposal_rows(view.proposed),
                *self._accepted_rows(view.accepted), *self._finished_rows(view.finished),
                *self._free_rows(view.free)]
        self._now_at = short_time(view.now)
        self.now_row = TimelineRow(fill(self.tr("%1 · now"), self._now_at), view.now, "now")
        rows.append(self.now_row)
        # All-day events first, then by time; "now" before what starts at the same minute.
        rows.sort(key=lambda r: (r.start is not None, r.start or view.now, r.kind != "now"))
        self.rows = rows
        for row in rows:
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self._fit()
        self.next_label.setText(self._next_text(view))
        self.held_label.setText(self.tr(
            "Your calendar says %n meeting(s) held today that the meetings held count does "
            "not have yet.", "", view.held_to_count))
        self.held_label.setVisible(view.held_to_count > 0)
        self.held_button.setVisible(view.held_to_count > 0)

    def show_timer(self, line: str | None) -> None:
        """The running block's or break's countdown on the "now" row (each second)."""
        if self.now_row is not None:
            text = fill(self.tr("%1 · now: %2"), self._now_at, line) if line \
                else fill(self.tr("%1 · now"), self._now_at)
            self.now_row.label.setText(text)

    def lines(self) -> tuple[str, ...]:
        held = (self.held_label.text(),) if not self.held_label.isHidden() else ()
        return (self.next_label.text(), *held, *(row.text() for row in self.rows))

    def row(self, text_part: str) -> TimelineRow:
        """The first row whose text holds `text_part` (tests, `focusapp status`)."""
        return next(r for r in self.rows if text_part in r.text())

    def _fit(self) -> None:
        """Between the first FIRST_ROWS rows and the first VISIBLE_ROWS: rows differ in
        height (a long proposal wraps), so each one's is counted."""
        frame = 2 * self.area.frameWidth()
        heights = [row.sizeHint().height() for row in self.rows]
        self.area.setMinimumHeight(sum(heights[:FIRST_ROWS]) + frame)
        self.area.setMaximumHeight(sum(heights[:VISIBLE_ROWS]) + frame)

    # ---- rows ---------------------------------------------------------------------------

    def _meeting_rows(self, meetings: Sequence[Meeting]) -> list[TimelineRow]:
        rows = []
        for meeting in meetings:
            title = meeting.title or self.tr("(no title)")
            if meeting.all_day:
                rows.append(TimelineRow(fill(self.tr("All day · %1"), title), None, "meeting"))
                continue
            text = (fill(self.tr("%1 · meeting: %2"), span_text(meeting.start, meeting.end),
                         title) if meeting.busy else
                    fill(self.tr("%1 · %2 (free)"), span_text(meeting.start, meeting.end),
                         title))
            rows.append(TimelineRow(text, meeting.start, "meeting"))
        return rows

    def _proposal_rows(self, proposals: Sequence[Proposal]) -> list[TimelineRow]:
        rows = []
        for proposal in proposals:
            row = TimelineRow(fill(self.tr("%1 · proposed: %2"),
                                   span_text(proposal.start, proposal.end),
                                   proposal_text(proposal)), proposal.start, "proposed")
            self._connect(row.add_button("accept", self.tr("Accept")), proposal.key, "accept")
            self._connect(row.add_button("skip", self.tr("Skip")), proposal.key, "skip")
            rows.append(row)
        return rows

    def _accepted_rows(self, proposals: Sequence[Proposal]) -> list[TimelineRow]:
        rows = []
        for proposal in proposals:
            row = TimelineRow(fill(self.tr("%1 · planned: %2"),
                                   span_text(proposal.start, proposal.end),
                                   proposal_text(proposal)), proposal.start, "accepted")
            self._connect(row.add_button("start", self.tr("Start")), proposal.key, "start")
            self._connect(row.add_button("skip", self.tr("Skip")), proposal.key, "skip")
            rows.append(row)
        return rows

    def _finished_rows(self, finished: Sequence[tuple[Block, float]]) -> list[TimelineRow]:
        rows = []
        for block, score in finished:
            what = fill(self.tr("%1 — %2"), role_name(block.role),
                        activity_name(None, block.activity))
            rows.append(TimelineRow(fill(self.tr("%1 · done: %2 · Awesome %3"),
                                         span_text(block.start, block.end or block.start),
                                         what, number(score)), block.start, "done"))
        return rows

    def _free_rows(self, free: Sequence[tuple[datetime, datetime]]) -> list[TimelineRow]:
        return [TimelineRow(fill(self.tr("%1 · free: %2"), span_text(start, end),
                                 duration_text(minutes_between(start, end))),
                            start, "free") for start, end in free]

    def _connect(self, button: QPushButton, key: str, what: str) -> None:
        button.clicked.connect(lambda: self.answered.emit(key, what))

    def _next_text(self, view: PlanView) -> str:
        """The next meeting, planned or proposed block to start after now."""
        coming: list[tuple[datetime, str]] = [
            (m.start, fill(self.tr("meeting: %1"), m.title or self.tr("(no title)")))
            for m in view.meetings if m.busy and not m.all_day and m.start >= view.now]
        coming += [(p.start, proposal_text(p)) for p in (*view.proposed, *view.accepted)
                   if p.start >= view.now]
        if not coming:
            return self.tr("Next: nothing planned for the rest of the day.")
        start, what = min(coming, key=lambda c: c[0])
        minutes = minutes_between(view.now, start)
        return fill(self.tr("Next: %1 at %2 (in %3)"), what, short_time(start),
                    duration_text(minutes))
