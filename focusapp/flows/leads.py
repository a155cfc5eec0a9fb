"""Speed-to-lead as the rep lives it (issue 12): "New lead" (tray, Today, `focusapp lead`)
starts a visible clock, "touched" stops it, and a lead still untouched at its target is
warned about once.

A touch during a focus block does not end the block: it is logged on it as an interruption
of kind `core.leads.LEAD_INTERRUPTION` (allowed for this role, and counted as an
interruption, never as a distraction).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer

from focusapp.core.errors import ValidationError
from focusapp.core.leads import LEAD_INTERRUPTION, Lead, due_for_warning, lead_figures
from focusapp.core.text import fill
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import LeadsView, Shell
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.leads import LeadBook, lead_role
from focusapp.services.timer import FocusTimer

TICK_MS = 1000  # the clocks show seconds; nothing ticks when no lead waits


class LeadsFlow(QObject):
    def __init__(self, clock: Clock, daily: DailyLoop, book: LeadBook, timer: FocusTimer,
                 shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.daily = daily
        self.book = book
        self.timer = timer
        self.shell = shell
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        book.changed.connect(self.render)
        daily.changed.connect(self.render)  # a role taken up or its target edited

    # ---- intents ------------------------------------------------------------------------

    def ask_new(self) -> None:
        """"New lead…" from the tray or the Today window: its name, or none."""
        if guarded(self.shell, lambda: lead_role(self.daily.roles())) is None:
            return
        self.shell.ask_lead_name(self._named)

    def _named(self, name: str) -> None:
        guarded(self.shell, lambda: self.new(name))

    def new(self, name: str = "") -> Lead:
        return self.book.new(name, self.clock.now(), self.daily.roles())

    def touch_from_window(self, lead_id: str) -> None:
        guarded(self.shell, lambda: self.touch(lead_id))

    def touch(self, key: str) -> Lead:
        """The lead's first touch (by its name or id). During a block, the block goes on and
        the touch is logged on it as an allowed interruption."""
        lead = self.book.touch(key, self.clock.now())
        if self.timer.block is not None:
            self.timer.log_interruption(LEAD_INTERRUPTION)
        return lead

    # ---- the clocks ---------------------------------------------------------------------

    def tick(self) -> None:
        """Each second while a lead waits: warn once about those past their target, and
        repaint the clocks."""
        self.warn_overdue()
        self.render()

    def warn_overdue(self) -> None:
        now = self.clock.now()
        for lead in due_for_warning(self.book.all(), now):
            self.book.save(replace(lead, warned=True))  # said once, even after a restart
            self.shell.notify(self.tr("Lead waiting"), self._warning(lead))

    def _warning(self, lead: Lead) -> str:
        if lead.name:
            return fill(self.tr("%1 has waited %n minute(s) for a first touch.", "",
                                lead.target_minutes), lead.name)
        return self.tr("A lead has waited %n minute(s) for a first touch.", "",
                       lead.target_minutes)

    def render(self) -> None:
        waiting = self.book.waiting()
        try:
            target: int | None = lead_role(self.daily.roles()).lead_minutes
        except ValidationError:  # no lead role: the clocks show only if leads still wait
            target = None
        today = self.daily.today()
        figures = lead_figures(self.book.all(), today, today, self.daily.settings().day_rules)
        self.shell.render_leads(LeadsView(self.clock.now(), waiting, target, figures))
        if waiting and not self._tick.isActive():
            self._tick.start()
        elif not waiting:
            self._tick.stop()
