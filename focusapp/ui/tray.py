"""The tray icon and its menu: every daily action one click away."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from focusapp.core.text import fill
from focusapp.services.timer import TimerState
from focusapp.ui.actions import AppActions
from focusapp.ui.icons import arc_degrees, lead_badge, state_icon, template_tray_icon
from focusapp.ui.today import timer_line


class TrayController(QObject):
    """The tray icon (a progress ring drawn at run time) and its menu of `AppActions`."""

    def __init__(self, actions: AppActions, parent: QObject | None = None, *,
                 template: bool | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        # A template (mask) icon where the menu bar colours it: macOS (see ui/icons.py).
        self.template = template_tray_icon() if template is None else template
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.fill_menu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.state = TimerState.IDLE
        self.leads_waiting = 0  # the badge on the icon: leads whose clock runs
        self.leads_overdue = 0
        self._shown: tuple[TimerState, float, float, str | None, bool] = (
            TimerState.IDLE, 0.0, 0.0, None, False)
        self._drawn: tuple[object, ...] | None = None  # what the icon shows now
        self.render(TimerState.IDLE, 0.0, 0.0, None)

    def fill_menu(self) -> None:
        """Presets first (they change with Settings), then the block, then the app."""
        actions = self.actions
        self.menu.clear()
        self.menu.addActions([*actions.presets, actions.start, actions.start_later,
                              actions.pause, actions.stop, actions.interruption])
        self.extend_menu = self.menu.addMenu(self.tr("E&xtend the block"))
        self.extend_menu.addActions(actions.extensions)
        self.menu.addSeparator()
        self.menu.addActions([actions.count, actions.undo_count, actions.new_lead,
                              actions.follow_up])
        self.menu.addSeparator()
        self.menu.addActions([actions.one_thing, actions.one_thing_done, actions.today,
                              actions.review, actions.history, actions.settings])
        self.menu.addSeparator()
        self.menu.addAction(actions.quit)

    def enabled_entries(self) -> tuple[str, ...]:
        """The menu's entries a click would trigger now, as read (without their "&")."""
        return tuple(a.text().replace("&", "") for a in self.menu.actions()
                     if a.isEnabled() and a.isVisible() and not a.isSeparator())

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.actions.today.trigger()

    def render(self, state: TimerState, progress: float, remaining_seconds: float,
               one_thing: str | None, strict: bool = False) -> None:
        self.state = state
        self._shown = (state, progress, remaining_seconds, one_thing, strict)
        self.extend_menu.menuAction().setEnabled(
            state in (TimerState.RUNNING, TimerState.PAUSED))
        self._draw(state, progress, int(remaining_seconds + 59) // 60)
        tooltip = self.tooltip(state, remaining_seconds, one_thing, strict)
        if self.leads_waiting:
            tooltip += "\n" + self.tr("%n lead(s) waiting for a first touch", "",
                                      self.leads_waiting)
        if tooltip != self.icon.toolTip():
            self.icon.setToolTip(tooltip)

    def _draw(self, state: TimerState, progress: float, minutes_left: int) -> None:
        """A new icon only when it would look different: the timer renders each second,
        and each new icon costs a drawing here and a repaint in the tray host (issue 15's
        CPU figure)."""
        screen = QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio() if screen else 1.0
        badge = lead_badge(self.leads_waiting, self.leads_overdue)
        shown_minutes = None if state is TimerState.IDLE else minutes_left
        drawn = (state, arc_degrees(progress), shown_minutes, ratio,
                 badge and (badge[0], badge[1].name()), self.template)
        if drawn == self._drawn:
            return
        self._drawn = drawn
        self.icon.setIcon(state_icon(state, progress, shown_minutes, ratio, badge,
                                     template=self.template))

    def render_leads(self, waiting: int, overdue: int) -> None:
        """The lead clocks on the icon: how many wait, red once one is past its target."""
        if (waiting, overdue) == (self.leads_waiting, self.leads_overdue):
            return  # the clocks tick each second: the icon changes only with the counts
        self.leads_waiting, self.leads_overdue = waiting, overdue
        self.render(*self._shown)

    def tooltip(self, state: TimerState, remaining_seconds: float, one_thing: str | None,
                strict: bool = False) -> str:
        first = (timer_line(state, remaining_seconds, strict)
                 or self.tr("FocusApp – no block running"))
        second = (fill(self.tr("One Thing: %1"), one_thing) if one_thing
                  else self.tr("No One Thing set today"))
        return f"{first}\n{second}"

    def notify(self, title: str, message: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
