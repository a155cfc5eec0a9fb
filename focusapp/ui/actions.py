"""Every action of the app, once: the tray menu, the Today window's buttons and its menu bar
all show these same `QAction`s, so each is enabled, named and wired in one place, and the
whole app stays reachable from the Today window when the desktop has no tray."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolButton

from focusapp.services.qt_keys import set_keys
from focusapp.services.timer import TimerState

EXTENSIONS = (5, 10, 15)  # the minutes a running block can be extended by, one click

class AppActions(QObject):
    start_requested = Signal(int)  # minutes; 0: ask in the start dialog
    pause_requested = Signal()
    extend_requested = Signal(int)  # minutes to add to the running block
    start_later_requested = Signal(int)  # start the usual block in this many minutes
    resume_requested = Signal()
    # A handoff of today marked in the Today window: id, HandoffStatus value, reason. Here,
    # not on the window: the window is built again when the language changes.
    handoff_answered = Signal(str, str, str)
    history_requested = Signal(str)  # a role id ("" for the first role), e.g. a streak chip
    account_touched = Signal(str)  # an account's name, typed in the Today window
    follow_up_done = Signal(str)  # a follow-up's id, marked done in the Today window
    lead_touched = Signal(str)  # a waiting lead's id, touched in the Today window
    lead_dropped = Signal(str)  # a waiting lead's id, set aside as not a lead
    plan_answered = Signal(str, str)  # a proposal's key, "accept" / "skip" / "start" (Today)

    def __init__(self, presets: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presets: list[QAction] = []
        self.start = QAction(self)
        self.start.triggered.connect(lambda: self.start_requested.emit(0))
        self.start_later = QAction(self)  # "Start in 10 min": the first preset, by itself
        self.start_later.triggered.connect(lambda: self.start_later_requested.emit(10))
        self.pause = QAction(self)
        self.pause.triggered.connect(self._on_pause)
        self.stop = QAction(self)
        self.interruption = QAction(self)
        self.extensions: list[QAction] = []  # +5 / +10 / +15 min on the running block
        for minutes in EXTENSIONS:
            action = QAction(self)
            action.triggered.connect(lambda _=False, m=minutes: self.extend_requested.emit(m))
            self.extensions.append(action)
        # One key to count a call, a touch, a meeting booked: "+" (or "=", the same key
        # unshifted on many keyboards); "-" takes the last count back.
        self.count = QAction(self)
        self.count.setShortcuts([QKeySequence("+"), QKeySequence("=")])
        self.undo_count = QAction(self)
        undo = QKeySequence(QKeySequence.StandardKey.Undo)
        self.undo_count.setShortcuts([QKeySequence("-"), undo])
        self.follow_up = QAction(self)  # met at an event / partner call: a follow-up
        self.new_lead = QAction(self)  # speed-to-lead: starts a lead's clock
        self.new_lead.setVisible(False)  # until the user holds a lead role
        self.one_thing = QAction(self)
        self.one_thing_done = QAction(self)  # ✓ Done before the evening check
        self.one_thing_done.setEnabled(False)  # until there is an open One Thing
        self.today = QAction(self)
        self.review = QAction(self)
        self.history = QAction(self)
        self.history.triggered.connect(lambda: self.history_requested.emit(""))
        self.settings = QAction(self)
        self.settings.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.export = QAction(self)
        self.import_ = QAction(self)
        self.quit = QAction(self)
        self.quit.setShortcuts(QKeySequence.StandardKey.Quit)
        self._paused = False
        self.set_presets(presets)
        self.retranslate()
        self.render(TimerState.IDLE)

    def set_presets(self, presets: Sequence[int]) -> None:
        """One "Start N min" action per preset (the tray menu lists them)."""
        for action in self.presets:
            action.deleteLater()
        self.presets = []
        for minutes in presets:
            action = QAction(self.tr("Start %n min", "", minutes), self)
            action.triggered.connect(lambda _=False, m=minutes: self.start_requested.emit(m))
            self.presets.append(action)

    def retranslate(self) -> None:
        self.start.setText(self.tr("&Start a focus block…"))
        self.stop.setText(self.tr("S&top the block"))
        self.start_later.setText(self.tr("Start in 1&0 min"))
        self.interruption.setText(self.tr("Log an &interruption…"))
        for action, minutes in zip(self.extensions, EXTENSIONS, strict=True):
            action.setText(self.tr("+%n min", "", minutes))
        self.count.setText(self.tr("&Count one (+1)"))
        self.undo_count.setText(self.tr("&Undo the last count"))
        self.follow_up.setText(self.tr("Met at an event / partner &call…"))
        self.new_lead.setText(self.tr("New &lead…"))
        self.one_thing.setText(self.tr("My &One Thing…"))
        self.one_thing_done.setText(self.tr("✓ One Thing &done"))
        self.today.setText(self.tr("&Today"))
        self.review.setText(self.tr("Weekly &review"))
        self.history.setText(self.tr("Streak &history"))
        self.settings.setText(self.tr("&Settings…"))
        self.export.setText(self.tr("&Export your data…"))
        self.import_.setText(self.tr("&Import data…"))
        self.quit.setText(self.tr("&Quit FocusApp"))
        self._name_pause()

    def render(self, state: TimerState, strict: bool = False) -> None:
        """Enable what the timer's state allows; Pause reads Resume while paused, and a
        strict block has none."""
        self._paused = state is TimerState.PAUSED
        running = state in (TimerState.RUNNING, TimerState.PAUSED)
        for action in (*self.presets, self.start, self.start_later):
            action.setEnabled(not running)
        for action in (self.stop, self.interruption, *self.extensions):
            action.setEnabled(running)
        self.pause.setEnabled(running and not strict)
        self._name_pause()

    def _name_pause(self) -> None:
        self.pause.setText(self.tr("&Resume") if self._paused else self.tr("&Pause"))

    def _on_pause(self) -> None:
        (self.resume_requested if self._paused else self.pause_requested).emit()


def action_button(action: QAction) -> QToolButton:
    """A button that shows and triggers `action`: Qt keeps its text and enabled state in
    step with the action, for as long as both live."""
    button = QToolButton()
    button.setDefaultAction(action)
    set_keys(button, toolButtonStyle="ToolButtonTextOnly")
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    return button
