"""The Today window and the tray kept in step with the day, and what the start-up tells."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject

from focusapp.core.streaks import DayProgress, with_count
from focusapp.core.text import fill
from focusapp.flows.shell import Shell, TimerView
from focusapp.services.daily import DailyLoop, TodayView
from focusapp.services.timer import FocusTimer
from focusapp.store.database import OpenReport, Store

NO_TRAY_EXPLAINED = "no_tray_explained"  # runtime flag: said once, not at every start


class TodayFlow(QObject):
    def __init__(self, daily: DailyLoop, timer: FocusTimer, store: Store, shell: Shell,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.daily = daily
        self.timer = timer
        self.store = store
        self.shell = shell
        self._view: TodayView | None = None
        self._shown_count: int | None = None  # the running block's count in the role chips
        daily.changed.connect(self.render)
        timer.state_changed.connect(self.render_timer)
        timer.ticked.connect(self.render_timer)

    def render(self) -> None:
        self._view = (self.daily.today_view() if self.daily.history_loaded
                      else self.daily.partial_today_view())
        self._render_view(self._view)
        self.render_timer()

    def _render_view(self, view: TodayView) -> None:
        """The day's view, with the running block's count in its role's progress: a rep
        counting touches sees the day's total move at each +1, not at the block's end."""
        block = self.timer.block
        self._shown_count = block.count if block else None
        config = self.daily.role(block.role) if block else None
        if block and block.count and config and config.is_key_activity(block.activity):
            progress = with_count(view.progress.get(block.role, DayProgress()), block.count,
                                  self.daily.metric_of(block.role, block.activity))
            view = replace(view, progress={**view.progress, block.role: progress})
        self.shell.render_today(view, self.daily.roles())

    def render_timer(self) -> None:
        one_thing = self.daily.one_thing()
        block = self.timer.block
        if self._view is not None and (block.count if block else None) != self._shown_count:
            self._render_view(self._view)
        self.shell.render_timer(TimerView(self.timer.state, self.timer.progress(),
                                          self.timer.remaining_seconds(),
                                          one_thing.one_thing if one_thing else None,
                                          block.count if block else None,
                                          self.daily.metric_of(block.role, block.activity)
                                          if block else None,
                                          bool(block and block.strict),
                                          len(block.interruptions) if block else 0))

    def load_history(self) -> None:
        """Read the history's daily totals (streaks, scores) once the window is on screen."""
        if not self.daily.history_loaded:
            self.daily.progress()
            self.render()

    def recover_block(self) -> None:
        """A block that was running when the app died: resumed if still due, else saved up
        to the last moment it was seen running; one stopped while the disk refused to save
        it is saved as it was stopped."""
        recovery = self.timer.recover()
        if recovery is None:
            return
        if recovery.resumed:
            self.shell.notify(self.tr("Focus block recovered"),
                              self.tr("FocusApp stopped during your block; it is running "
                                      "again."))
            return
        self.daily.record_block(recovery.block)
        if self.timer.unsaved.problem(recovery.block.id) is not None:
            return  # the disk still refuses it: the timer's warning says so, not "saved"
        if not recovery.block.recovered:  # its stop was noted when the disk refused the block
            self.shell.notify(self.tr("Focus block saved"),
                              self.tr("FocusApp stopped before it could save your last focus "
                                      "block; it is saved now, as you stopped it."))
            return
        self.shell.notify(self.tr("Focus block recovered"),
                          self.tr("FocusApp stopped during your block; it was saved up to the "
                                  "last moment it was seen running."))

    def explain_no_tray(self) -> None:
        if self.store.runtime.get(NO_TRAY_EXPLAINED):
            return
        self.store.runtime.set(NO_TRAY_EXPLAINED, True)
        self.shell.warn(self.tr("Your desktop has no system tray, so FocusApp keeps this window "
                                "open instead. Minimise it to keep it out of the way."))

    def tell_recoveries(self, report: OpenReport) -> None:
        """An import undone at open; damaged files the store set aside at open, and where
        they were restored from."""
        interrupted = report.interrupted_import
        if interrupted is not None and interrupted.rolled_back:
            self.shell.warn(self.tr("An import was interrupted: nothing of it was kept; your "
                                    "data is as it was before. Import the file again."))
        elif interrupted is not None:
            self.shell.warn(fill(self.tr("An import was interrupted and could not be undone: "
                                         "part of it may be in your data. Your data as it was "
                                         "before the import is kept in %1."),
                                 str(interrupted.copy)))
        for recovery in report.recoveries:
            if recovery.restored_from is not None:
                text = fill(self.tr("Your data file %1 was damaged; it was restored from the "
                                    "backup of %2. The damaged copy was kept as %3."),
                            recovery.file, recovery.restored_from.isoformat(),
                            recovery.moved_to)
            else:
                text = fill(self.tr("Your data file %1 was damaged and no backup could be "
                                    "read; FocusApp started it afresh. The damaged copy was "
                                    "kept as %2."), recovery.file, recovery.moved_to)
            self.shell.warn(text)
