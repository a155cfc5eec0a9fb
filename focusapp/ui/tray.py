"""The tray icon and its menu: every daily action one click away."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from focusapp.core.text import fill
from focusapp.services.timer import TimerState
from focusapp.ui.icons import state_icon
from focusapp.ui.today import format_remaining


class TrayController(QObject):
    start_requested = Signal(int)  # minutes; 0 = ask (custom)
    pause_requested = Signal()
    resume_requested = Signal()
    stop_requested = Signal()
    interruption_requested = Signal()
    one_thing_requested = Signal()
    today_requested = Signal()
    review_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, presets: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.preset_actions: list[QAction] = []
        for minutes in presets:
            action = self.menu.addAction(self.tr("Start %n min", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: self.start_requested.emit(m))
            self.preset_actions.append(action)
        self.custom_action = self.menu.addAction(self.tr("Start a custom block…"))
        self.custom_action.triggered.connect(lambda: self.start_requested.emit(0))
        self.pause_action = self.menu.addAction(self.tr("Pause"))
        self.pause_action.triggered.connect(self._on_pause_triggered)
        self.stop_action = self.menu.addAction(self.tr("Stop the block"))
        self.stop_action.triggered.connect(self.stop_requested)
        self.interruption_action = self.menu.addAction(self.tr("Log an interruption…"))
        self.interruption_action.triggered.connect(self.interruption_requested)
        self.menu.addSeparator()
        self.one_thing_action = self.menu.addAction(self.tr("My One Thing…"))
        self.one_thing_action.triggered.connect(self.one_thing_requested)
        self.today_action = self.menu.addAction(self.tr("Today"))
        self.today_action.triggered.connect(self.today_requested)
        self.review_action = self.menu.addAction(self.tr("Weekly review"))
        self.review_action.triggered.connect(self.review_requested)
        self.settings_action = self.menu.addAction(self.tr("Settings"))
        self.settings_action.triggered.connect(self.settings_requested)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit FocusApp"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self._paused = False
        self.state = TimerState.IDLE
        self.render(TimerState.IDLE, 0.0, 0.0, None)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def _on_pause_triggered(self) -> None:
        (self.resume_requested if self._paused else self.pause_requested).emit()

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.today_requested.emit()

    def render(self, state: TimerState, progress: float, remaining_seconds: float,
               one_thing: str | None) -> None:
        self.state = state
        self._paused = state is TimerState.PAUSED
        running = state in (TimerState.RUNNING, TimerState.PAUSED)
        for action in (*self.preset_actions, self.custom_action):
            action.setEnabled(not running)
        self.pause_action.setEnabled(running)
        self.pause_action.setText(self.tr("Resume") if self._paused else self.tr("Pause"))
        self.stop_action.setEnabled(running)
        self.interruption_action.setEnabled(running)
        minutes_left = None if state is TimerState.IDLE else int(remaining_seconds + 59) // 60
        screen = QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio() if screen else 1.0
        self.icon.setIcon(state_icon(state, progress, minutes_left, ratio))
        self.icon.setToolTip(self.tooltip(state, remaining_seconds, one_thing))

    def tooltip(self, state: TimerState, remaining_seconds: float, one_thing: str | None) -> str:
        left = format_remaining(remaining_seconds)
        lines = {
            TimerState.IDLE: self.tr("FocusApp – no block running"),
            TimerState.RUNNING: fill(self.tr("Focus: %1 left"), left),
            TimerState.PAUSED: fill(self.tr("Paused: %1 left"), left),
            TimerState.BREAK: fill(self.tr("Break: %1 left"), left),
        }
        second = (fill(self.tr("One Thing: %1"), one_thing) if one_thing
                  else self.tr("No One Thing set today"))
        return f"{lines[state]}\n{second}"

    def notify(self, title: str, message: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
