"""Speed-to-lead as the rep lives it (issue 12): "New lead" (tray, Today, `focusapp lead`)
starts a visible clock, "touched" stops it, and a lead still untouched at its target is
warned about once.

A touch during a focus block does not end the block: it is logged on it as an interruption
of kind `core.leads.LEAD_INTERRUPTION` (allowed for this role, and counted as an
interruption, never as a distraction).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer

from focusapp.core.errors import ValidationError
from focusapp.core.leads import (
    LEAD_INTERRUPTION,
    Lead,
    LeadFigures,
    due_for_warning,
    lead_figures,
)
from focusapp.core.text import fill
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import LeadsView, Shell
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.leads import LeadBook, lead_role
from focusapp.services.timer import FocusTimer

# The clocks show seconds; nothing ticks when no lead waits. While the focus timer ticks
# (a block runs), they repaint on its tick instead: two 1 Hz timers of their own phases
# wake the app and repaint Today twice a second, which took the CPU of a block with three
# clocks from 0.30 % to 0.45–0.50 % of a core (issue 15's figure: at most 0.5 %).
TICK_MS = 1000


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
        # The day's figures read every lead: made again when a lead or the day changes, not
        # at each second's tick.
        self._day: tuple[date, LeadFigures] | None = None
        book.changed.connect(self._changed)
        daily.changed.connect(self._changed)  # a role taken up, its target or days edited
        timer.ticked.connect(self._on_timer_tick)
        timer.state_changed.connect(self._keep_time)

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

    def drop_from_window(self, lead_id: str) -> None:
        guarded(self.shell, lambda: self.drop(lead_id))

    def drop(self, key: str) -> Lead:
        """Set a waiting lead aside as not a lead (spam, a duplicate): its clock stops and
        it counts nowhere."""
        return self.book.drop(key, self.clock.now())

    # ---- the clocks ---------------------------------------------------------------------

    def tick(self) -> None:
        """Each second while a lead waits: warn once about those past their target, and
        repaint the clocks."""
        self.warn_overdue()
        self.render()

    def warn_overdue(self) -> None:
        now = self.clock.now()
        for lead in due_for_warning(self.book.waiting(), now):
            self.book.save(replace(lead, warned=True))  # said once, even after a restart
            self.shell.notify(self.tr("Lead waiting"), self._warning(lead))

    def _warning(self, lead: Lead) -> str:
        if lead.name:
            return fill(self.tr("%1 has waited %n minute(s) for a first touch.", "",
                                lead.target_minutes), lead.name)
        return self.tr("A lead has waited %n minute(s) for a first touch.", "",
                       lead.target_minutes)

    def _changed(self) -> None:
        self._day = None
        self.render()

    def _figures(self) -> LeadFigures:
        """The leads of today's working day, as the panel's first line sums them up."""
        today = self.daily.today()
        if self._day is None or self._day[0] != today:
            rules = self.daily.settings().day_rules
            leads = self.book.counting_for(today, today, rules)
            self._day = (today, lead_figures(leads, today, today, rules))
        return self._day[1]

    def render(self) -> None:
        waiting = self.book.waiting()
        try:
            target: int | None = lead_role(self.daily.roles()).lead_minutes
        except ValidationError:  # no lead role: the clocks show only if leads still wait
            target = None
        self.shell.render_leads(LeadsView(self.clock.now(), waiting, target, self._figures()))
        self._keep_time()

    def _keep_time(self) -> None:
        """A tick of their own for the clocks only while leads wait and the focus timer does
        not tick."""
        own = self.book.any_waiting() and not self.timer.ticking
        if own and not self._tick.isActive():
            self._tick.start()
        elif not own:
            self._tick.stop()

    def _on_timer_tick(self) -> None:
        if self.book.any_waiting():
            self.tick()
