"""Each sales role's own instrument (issue 12), built and wired together: the account
book (accounts going cold, follow-ups), the lead clocks and Field Sales' dated next steps.
The blocks' end dialog asks what these need; Today shows them; the app renders, starts
and stops them as one."""

from __future__ import annotations

from PySide6.QtCore import QObject

from focusapp.flows.accounts import AccountsFlow
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.leads import LeadsFlow
from focusapp.flows.next_steps import NextStepsFlow
from focusapp.flows.shell import Shell
from focusapp.services.accounts import AccountBook
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop
from focusapp.services.leads import LeadBook
from focusapp.services.timer import FocusTimer
from focusapp.store.database import Store


class RoleInstruments(QObject):
    def __init__(self, clock: Clock, store: Store, daily: DailyLoop, timer: FocusTimer,
                 shell: Shell, blocks: BlocksFlow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = AccountBook(clock, store, daily, self)
        self.accounts = AccountsFlow(clock, self.book, daily, shell, self)
        self.leads = LeadsFlow(clock, daily, LeadBook(store, self), timer, shell, self)
        self.next_steps = NextStepsFlow(clock, store, daily, shell, self)
        blocks.end_accounts = self.accounts.end_accounts
        blocks.account_touched.connect(self.accounts.touched_in_block)
        blocks.end_next_step = self.next_steps.asks
        blocks.next_step_given.connect(self.next_steps.given)
        daily.reloaded.connect(self.book.reload)
        self.book.changed.connect(shell.refresh_review)  # an open review follows

    def render(self) -> None:
        self.accounts.render()
        self.leads.render()
        self.next_steps.render()

    def start(self) -> None:
        """After the first paint: the follow-ups' warnings (what fell due while the app was
        not running, then every minute)."""
        self.accounts.start()

    def shutdown(self) -> None:
        self.accounts.shutdown()
