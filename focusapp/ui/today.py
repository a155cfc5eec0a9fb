"""The Today window: the One Thing, the timer, today's blocks, streak chips, today's Awesome."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.models import Block, Outcome
from focusapp.core.roles import Balance, RoleConfig, RoleId, hunting_and_farming
from focusapp.core.scoring import block_awesome
from focusapp.core.streaks import DayProgress, RoleStreak
from focusapp.core.text import fill
from focusapp.flows.shell import LeadsView, TimerView
from focusapp.services.accounts import AccountsView
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.daily import TodayView
from focusapp.services.qt_keys import set_keys
from focusapp.services.timer import TimerState
from focusapp.ui.actions import AppActions, action_button
from focusapp.ui.day_text import number, progress_line, short_time
from focusapp.ui.names import activity_name, metric_name, role_name
from focusapp.ui.scheme import LEAD, TITLE, chip_background, error_style, role_colour, scaled
from focusapp.ui.score_text import explain_block, explain_day
from focusapp.ui.timeline import TimelinePanel

if TYPE_CHECKING:  # named only: importing them makes their Python types (QEvent's enums: 1.5 ms)
    from PySide6.QtGui import QCloseEvent, QEnterEvent, QKeyEvent, QMouseEvent

    from focusapp.core.calendar import Meeting
    from focusapp.ui.accounts import AccountsPanel, FollowUpsPanel
    from focusapp.ui.handoffs import HandoffsPanel
    from focusapp.ui.leads import LeadsPanel
    from focusapp.ui.meetings import MeetingsPanel


def format_remaining(seconds: float) -> str:
    total = max(0, round(seconds))
    return f"{total // 60:d}:{total % 60:02d}"


def timer_line(state: TimerState, remaining_seconds: float, strict: bool = False) -> str | None:
    """'Focus: 12:34 left' (paused, break alike) for the window and the tray; None when idle.
    A strict block says so: it cannot be paused, and stopping it needs the phrase."""
    left = format_remaining(remaining_seconds)
    running = (QCoreApplication.translate("Timer", "Strict focus: %1 left") if strict
               else QCoreApplication.translate("Timer", "Focus: %1 left"))
    texts = {
        TimerState.RUNNING: running,
        TimerState.PAUSED: QCoreApplication.translate("Timer", "Paused: %1 left"),
        TimerState.BREAK: QCoreApplication.translate("Timer", "Break: %1 left"),
    }
    text = texts.get(state)
    return fill(text, left) if text else None


def solo_balance(blocks: Iterable[Block]) -> Balance:
    """The day's solo blocks split between hunting and farming (issue 12)."""
    return hunting_and_farming((b.activity, b.focused_minutes) for b in blocks
                               if b.role == RoleId.SOLO and b.finished)


def balance_line(balance: Balance) -> str:
    return fill(QCoreApplication.translate("Today", "hunting %1 min · farming %2 min"),
                number(balance.hunting), number(balance.farming))


class OpenMeetingsPanel(QWidget):
    """Today's meetings still without a dated next step (Field Sales; issue 12). Hidden
    when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("openMeetings")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(error_style())
        layout.addWidget(self.label)
        self.hide()

    def show_meetings(self, meetings: Sequence[Block]) -> None:
        times = ", ".join(short_time(m.start) for m in meetings)
        self.label.setText(fill(self.tr("%n meeting(s) without a dated next step: %1. Give "
                                        "it with focusapp next-step, or at the next meeting's "
                                        "end.", "", len(meetings)), times))
        self.setVisible(bool(meetings))

    def lines(self) -> tuple[str, ...]:
        return (self.label.text(),) if not self.isHidden() else ()


class StreakChip(QFrame):
    """A role's streak at a glance: days in a row, strength, today met or not; a click (or
    Enter) opens the role's history."""

    clicked = Signal(str)  # the role id

    def __init__(self, streak: RoleStreak, config: RoleConfig | None = None,
                 progress: DayProgress | None = None, balance: Balance | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.streak = streak
        self.setObjectName("streakChip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The role's colour down its side, as in the review's charts and the PDF.
        self.setStyleSheet(f"#streakChip {{ background: {chip_background(streak.today_met)}; "
                           f"border-radius: 8px; "
                           f"border-left: 4px solid {role_colour(streak.role)}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.title = QLabel(f"<b>{role_name(streak.role)}</b>")
        layout.addWidget(self.title)
        self.days = QLabel(self.tr("%n day(s) in a row", "", streak.current))
        layout.addWidget(self.days)
        strength = number(streak.strength * 100)
        self.detail = QLabel(fill(self.tr("strength %1 % · best %2"), strength,
                                  number(streak.best)))
        layout.addWidget(self.detail)
        self.progress = QLabel(progress_line(config, progress or DayProgress()))
        self.progress.setObjectName("targetProgress")
        layout.addWidget(self.progress)
        self.balance = QLabel(balance_line(balance) if balance is not None else "")
        self.balance.setToolTip(self.tr(
            "Hunting: prospecting, qualifying, meeting prospects, new markets. Farming: "
            "looking after your clients."))
        self.balance.setVisible(balance is not None)
        layout.addWidget(self.balance)
        self.setToolTip((self.tr("Today's target met") if streak.today_met
                         else self.tr("Today's target not met yet"))
                        + "\n" + self.tr("Click (or press Enter) for its history."))
        set_keys(self, focusPolicy="StrongFocus")

    def enterEvent(self, event: QEnterEvent) -> None:
        # The hand that says "click", set on the first hover rather than when the chips are
        # made, at start-up: a cursor's shape is a `Qt` enum (services/qt_keys.py).
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.clicked.emit(self.streak.role)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = QtCore.Qt.Key
        if event.key() in (keys.Key_Return, keys.Key_Enter, keys.Key_Space):
            self.clicked.emit(self.streak.role)
            return
        super().keyPressEvent(event)


class TodayWindow(QMainWindow):
    """Today at a glance. Every button and menu entry is one of the app's `AppActions`."""

    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_actions = actions
        self.keep_running_on_close = True
        self.setWindowTitle(self.tr("FocusApp – Today"))
        self.resize(560, 620)
        self._build_menus()
        central = QWidget()
        layout = QVBoxLayout(central)

        self.one_thing_label = QLabel()
        self.one_thing_label.setWordWrap(True)
        set_keys(self.one_thing_label, textFormat="PlainText")
        self.one_thing_label.setFont(scaled(self.one_thing_label.font(), LEAD))
        one_thing_row = QHBoxLayout()
        one_thing_row.addWidget(self.one_thing_label, 1)
        self.one_thing_button = QPushButton(self.tr("Set my &One Thing"))
        self.one_thing_button.clicked.connect(actions.one_thing.trigger)
        one_thing_row.addWidget(self.one_thing_button)
        self.done_button = action_button(actions.one_thing_done)
        one_thing_row.addWidget(self.done_button)
        layout.addLayout(one_thing_row)

        timer_row = QHBoxLayout()
        self.timer_label = QLabel()
        self.timer_label.setFont(scaled(self.timer_label.font(), TITLE))
        timer_row.addWidget(self.timer_label, 1)
        self.start_button = action_button(actions.start)
        self.pause_button = action_button(actions.pause)
        self.stop_button = action_button(actions.stop)
        self.interrupt_button = action_button(actions.interruption)
        for button in (self.start_button, self.pause_button, self.stop_button,
                       self.interrupt_button):
            timer_row.addWidget(button)
        layout.addLayout(timer_row)
        layout.addLayout(self._count_row(actions))

        self.chips_row = QHBoxLayout()
        layout.addLayout(self.chips_row)

        self.timeline = TimelinePanel()
        self.timeline.answered.connect(actions.plan_answered)
        # The day's plan is the home screen's heart: it takes the room its rows need (up to
        # its VISIBLE_ROWS), ahead of the list of finished blocks, which takes the rest.
        layout.addWidget(self.timeline)
        # The panels of the day's meetings and of the roles, each made the first time it has
        # something to show, in its place: a new user's Today has none of them (about 3 ms
        # of the first paint, issue 15).
        self._panels: dict[str, QWidget] = {}
        self._slots: dict[str, QVBoxLayout] = {}
        self._add_slots(layout, "meetings", "open_meetings")
        layout.addWidget(QLabel(self.tr("Today's blocks")))
        self.blocks = QListWidget()
        self.blocks.setAccessibleName(self.tr("Today's blocks"))
        layout.addWidget(self.blocks, 1)
        self._add_slots(layout, "handoffs", "leads", "accounts", "follow_ups")

        self.awesome_label = QLabel()
        set_keys(self.awesome_label, textInteractionFlags="TextSelectableByMouse")
        self.explain_label = QLabel()
        self.explain_label.setObjectName("awesomeExplanation")
        self.explain_label.setWordWrap(True)
        layout.addWidget(self.awesome_label)
        layout.addWidget(self.explain_label)
        self.blocking_label = QLabel()
        self.blocking_label.setObjectName("blockingStatus")
        self.blocking_label.setWordWrap(True)
        layout.addWidget(self.blocking_label)
        self.setCentralWidget(central)

    def _add_slots(self, column: QVBoxLayout, *names: str) -> None:
        """Where each panel goes once made; empty, a slot takes no room and no spacing."""
        for name in names:
            slot = QVBoxLayout()
            slot.setContentsMargins(0, 0, 0, 0)
            column.addLayout(slot)
            self._slots[name] = slot

    def _panel[W: QWidget](self, name: str, make: Callable[[AppActions], W]) -> W:
        panel = self._panels.get(name)
        if panel is None:
            panel = make(self.app_actions)
            self._slots[name].addWidget(panel)
            self._panels[name] = panel
        return panel  # type: ignore[return-value]  # made by this same `make`

    def _takes(self, name: str, shows: bool) -> bool:
        """Whether panel `name` takes an update: it has something to show, or was made."""
        return shows or name in self._panels

    @property
    def meetings(self) -> MeetingsPanel:
        return self._panel("meetings", _meetings_panel)

    @property
    def open_meetings(self) -> OpenMeetingsPanel:
        return self._panel("open_meetings", lambda _actions: OpenMeetingsPanel())

    @property
    def handoffs(self) -> HandoffsPanel:
        return self._panel("handoffs", _handoffs_panel)

    @property
    def leads(self) -> LeadsPanel:
        return self._panel("leads", _leads_panel)

    @property
    def accounts(self) -> AccountsPanel:
        return self._panel("accounts", _accounts_panel)

    @property
    def follow_ups(self) -> FollowUpsPanel:
        return self._panel("follow_ups", _follow_ups_panel)

    def _count_row(self, actions: AppActions) -> QHBoxLayout:
        """A big +1 (and its undo) to count calls, touches, meetings without a dialog."""
        row = QHBoxLayout()
        self.count_button = action_button(actions.count)
        self.count_button.setFont(scaled(self.count_button.font(), LEAD, bold=True))
        self.count_button.setMinimumHeight(self.count_button.sizeHint().height() * 3 // 2)
        self.undo_count_button = action_button(actions.undo_count)
        self.count_label = QLabel()
        self.count_label.setObjectName("runningCount")
        row.addWidget(self.count_button)
        row.addWidget(self.count_label, 1)
        # Its own height, centred beside the tall +1 (a row centres what cannot grow).
        self.undo_count_button.setSizePolicy(QSizePolicy.Policy.Preferred,
                                             QSizePolicy.Policy.Fixed)
        row.addWidget(self.undo_count_button)
        return row

    def _build_menus(self) -> None:
        """The menu bar reaches everything the tray menu does (and works without a tray)."""
        actions = self.app_actions
        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&FocusApp"))
        app_menu.addActions([actions.one_thing, actions.review, actions.history,
                             actions.settings])
        app_menu.addSeparator()
        app_menu.addActions([actions.export, actions.import_])
        app_menu.addSeparator()
        app_menu.addAction(actions.quit)
        block_menu = bar.addMenu(self.tr("&Block"))
        block_menu.addActions([actions.start, actions.pause, actions.stop, actions.interruption])
        block_menu.addMenu(self.tr("E&xtend the block")).addActions(actions.extensions)
        block_menu.addSeparator()
        block_menu.addActions([actions.count, actions.undo_count, actions.new_lead,
                               actions.follow_up])
        self.app_menu, self.block_menu = app_menu, block_menu
        # Shortcuts of menu actions work while the window is active, with the menus closed.
        self.addActions([actions.quit, actions.settings, actions.count, actions.undo_count])

    def show_view(self, view: TodayView, roles: tuple[RoleConfig, ...]) -> None:
        if view.one_thing and view.one_thing.one_thing:
            self.one_thing_label.setText(view.one_thing.one_thing)
            self.one_thing_button.setText(self.tr("Edit my &One Thing"))
        else:
            self.one_thing_label.setText(self.tr("No One Thing yet today."))
            self.one_thing_button.setText(self.tr("Set my &One Thing"))

        while self.chips_row.count():
            item = self.chips_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout now; deleted at the next loop turn
                widget.deleteLater()
        by_role = {r.role.value: r for r in roles}
        if view.loading:
            self.chips_row.addWidget(QLabel(self.tr("Reading your history…")))
        for streak in view.streaks.values():
            chip = StreakChip(streak, by_role.get(streak.role), view.progress.get(streak.role),
                              solo_balance(view.blocks) if streak.role == RoleId.SOLO else None)
            chip.clicked.connect(self.app_actions.history_requested)
            self.chips_row.addWidget(chip)

        self.blocks.clear()
        for block in view.blocks:
            self.blocks.addItem(self._block_item(block, by_role, view))
        if self._takes("handoffs", bool(view.handoffs)):
            self.handoffs.show_handoffs(view.handoffs)

        total = "…" if view.loading else number(view.awesome.value)
        self.awesome_label.setText(fill(self.tr("Today's Awesome: <b>%1</b>"), total))
        if view.loading:
            self.explain_label.clear()
        else:
            self.explain_label.setText(explain_day(view.awesome) if view.awesome.parts
                                       else self.tr("No finished block yet today."))

    def _block_item(self, block: Block, by_role: dict[str, RoleConfig],
                    view: TodayView) -> QListWidgetItem:
        config = by_role.get(block.role)
        activity = config.activity(block.activity) if config and block.activity else None
        start = short_time(block.start)
        minutes = number(block.focused_minutes)
        text = fill(
            self.tr("%1 · %2 min · %3 · %4"),
            start,
            minutes,
            role_name(block.role),
            activity_name(activity, block.activity),
        )
        if block.count:
            unit = metric_name(activity.metric) if activity and activity.metric else None
            text = fill(self.tr("%1 · %2 %3"), text, number(block.count),
                        unit or self.tr("counted"))
        flags = []
        if block.outcome is Outcome.PARTIAL:
            flags.append(self.tr("stopped early"))
        if block.outcome is Outcome.ABANDONED:
            flags.append(self.tr("abandoned"))
        if block.recovered:
            flags.append(self.tr("recovered after a crash"))
        if flags:
            text = fill(self.tr("%1 (%2)"), text, ", ".join(flags))
        item = QListWidgetItem(text)
        streak = view.streaks.get(block.role)
        score = block_awesome(block, key_activity=bool(config and config.is_key_activity(
            block.activity)), consistency=streak.consistency if streak else 0.0)
        item.setToolTip(explain_block(score))
        return item

    def show_meetings(self, meetings: Sequence[Meeting]) -> None:
        if self._takes("meetings", bool(meetings)):
            self.meetings.show_meetings(meetings)

    def show_open_meetings(self, meetings: Sequence[Block]) -> None:
        if self._takes("open_meetings", bool(meetings)):
            self.open_meetings.show_meetings(meetings)

    def show_accounts(self, view: AccountsView, names: Sequence[str]) -> None:
        """The accounts going cold and the follow-ups (issue 12)."""
        if self._takes("accounts", view.accounts_shown):
            self.accounts.show_view(view, names)
        if self._takes("follow_ups", view.follow_ups_shown):
            self.follow_ups.show_view(view)

    def show_blocking(self, statuses: Sequence[MechanismStatus]) -> None:
        """One line: what guards a block on this machine; in the tooltip, why a part does not
        fully work, under the same names as on the line."""
        from focusapp.ui.problems import problem_message  # after the first paint (issue 15)

        names = {
            "hosts": self.tr("websites"),
            "apps": self.tr("apps"),
            "windows": self.tr("distraction time"),
            "idle": self.tr("time away"),
        }

        def name(mechanism: str) -> str:
            return names.get(mechanism.split(".", 1)[0], self.tr("do not disturb"))

        states = {
            Support.SUPPORTED: self.tr("on"),
            Support.DEGRADED: self.tr("limited"),
            Support.UNSUPPORTED: self.tr("unavailable"),
        }
        # The tray and the app's messages are Settings' business: this line is the block's.
        statuses = [s for s in statuses if s.mechanism not in ("tray", "messages")]
        parts = [fill(self.tr("%1: %2"), name(s.mechanism), states[s.support]) for s in statuses]
        self.blocking_label.setText(fill(self.tr("Blocking — %1"), " · ".join(parts)))
        self.blocking_label.setToolTip("\n".join(
            fill(self.tr("%1: %2"), name(s.mechanism), problem_message(s.reason))
            for s in statuses if s.reason is not None))

    def show_timer(self, view: TimerView) -> None:
        line = timer_line(view.state, view.remaining_seconds, view.strict)
        self.timer_label.setText(line or self.tr("Ready when you are."))
        self.timeline.show_timer(line)
        if view.state not in (TimerState.RUNNING, TimerState.PAUSED):
            self.count_label.setText(self.tr("Counts between blocks go to today's last "
                                             "activity."))
            return
        count = str(view.count or 0)
        line = (fill(self.tr("This block: %1 %2"), count, metric_name(view.metric))
                if view.metric else fill(self.tr("This block: %1 counted"), count))
        if view.interruptions:
            line = fill(self.tr("%1 · %n interruption(s)", "", view.interruptions), line)
        self.count_label.setText(line)

    def show_leads(self, view: LeadsView) -> None:
        if self._takes("leads", view.shown):
            self.leads.show_leads(view)

    def shown_lines(self) -> tuple[str, ...]:
        """The window's text as a user reads it: the timer and the running count, each
        role's progress toward its target, the lead clocks, then today's blocks (`focusapp
        status` gives it, so a script or an end-to-end test reads what the user sees)."""
        chips = self.findChildren(StreakChip)
        progress = [f"{role_name(c.streak.role)} · {c.progress.text()}"
                    for c in chips if c.isVisibleTo(self)]
        blocks = [self.blocks.item(i).text() for i in range(self.blocks.count())]
        made = self._panels.keys()  # a panel not made yet has shown nothing
        leads = self.leads.lines() if "leads" in made else []
        accounts = self.accounts.shown_lines() if "accounts" in made else ()
        follow_ups = self.follow_ups.shown_lines() if "follow_ups" in made else ()
        meetings = self.meetings.lines() if "meetings" in made else ()
        open_meetings = self.open_meetings.lines() if "open_meetings" in made else ()
        return (self.timer_label.text(), self.count_label.text(), *progress,
                *leads, *self.timeline.lines(), *meetings, *open_meetings, *blocks,
                *accounts, *follow_ups)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window never quits: the tray (or, without a tray, the minimised
        # window) keeps the reminders and the timer alive. Quit is explicit.
        event.ignore()
        if self.keep_running_on_close:
            self.hide()
        else:
            self.showMinimized()


# The role panels' makers (TodayWindow._panel): each loads its module when first needed.

def _handoffs_panel(actions: AppActions) -> HandoffsPanel:
    from focusapp.ui.handoffs import HandoffsPanel

    panel = HandoffsPanel()
    panel.answered.connect(actions.handoff_answered)
    return panel


def _meetings_panel(_actions: AppActions) -> MeetingsPanel:
    from focusapp.ui.meetings import MeetingsPanel

    return MeetingsPanel()


def _leads_panel(actions: AppActions) -> LeadsPanel:
    from focusapp.ui.leads import LeadsPanel

    panel = LeadsPanel(actions.new_lead)
    panel.touched.connect(actions.lead_touched)
    panel.dropped.connect(actions.lead_dropped)
    return panel


def _accounts_panel(actions: AppActions) -> AccountsPanel:
    from focusapp.ui.accounts import AccountsPanel

    panel = AccountsPanel()
    panel.touched.connect(actions.account_touched)
    return panel


def _follow_ups_panel(actions: AppActions) -> FollowUpsPanel:
    from focusapp.ui.accounts import FollowUpsPanel

    panel = FollowUpsPanel(actions)
    panel.done.connect(actions.follow_up_done)
    return panel
