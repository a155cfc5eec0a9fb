"""The account manager's and the business developer's instruments (issue 12): touches
recorded at a block's end, in Today or from the command line; follow-ups made, listed by
due time, marked done; the tray warns once when one is due within 4 hours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from focusapp.core.follow_ups import DEFAULT_DUE, FollowUp, parse_due, to_warn
from focusapp.core.models import Block
from focusapp.core.roles import RoleId
from focusapp.core.text import fill
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import FollowUpAnswer, Shell
from focusapp.services.accounts import AccountBook
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop

CHECK_EVERY_MS = 60_000  # a follow-up's warning is at most a minute late
_MANAGER = RoleId.ACCOUNT_MANAGER.value


class AccountsFlow(QObject):
    def __init__(self, clock: Clock, book: AccountBook, daily: DailyLoop, shell: Shell,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.book = book
        self.daily = daily
        self.shell = shell
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_due)
        book.changed.connect(self.render)
        daily.changed.connect(self.render)

    def start(self) -> None:
        """Warn about what fell due while the app was not running, then every minute."""
        self.check_due()
        self._timer.start()

    def shutdown(self) -> None:
        self._timer.stop()

    def render(self) -> None:
        self.shell.render_accounts(self.book.view())

    # ---- touches ----------------------------------------------------------------------

    def end_accounts(self, block: Block) -> Sequence[str] | None:
        """The end dialog asks which account was touched after an account manager's block
        (a solo seller's on an account manager's activity too), completing from the list."""
        if block.role == _MANAGER or (block.activity or "").startswith(f"{_MANAGER}."):
            return self.book.names()
        return None

    def touched_in_block(self, block: Block, account: str) -> None:
        guarded(self.shell, lambda: self.book.touch(account, block.id))

    def touch_from_window(self, account: str) -> None:
        guarded(self.shell, lambda: self.book.touch(account))

    # ---- follow-ups -------------------------------------------------------------------

    def ask_follow_up(self) -> None:
        """"Met at an event / partner call", from Today or the tray."""
        self.shell.ask_follow_up(self._follow_up_answer)

    def _follow_up_answer(self, answer: FollowUpAnswer) -> None:
        guarded(self.shell, lambda: self.book.follow_up(
            answer.name, parse_due(answer.due) if answer.due.strip() else DEFAULT_DUE))

    def done_from_window(self, follow_up_id: str) -> None:
        guarded(self.shell, lambda: self.book.done(follow_up_id))

    def check_due(self) -> None:
        """One warning for the follow-ups newly due within 4 hours (or overdue, when the app
        was not running): each is marked warned first, so it is never said again, even
        after a restart."""
        due = to_warn(self.book.follow_ups(), self.clock.now())
        if not due:
            return
        warned = guarded(self.shell, lambda: [self.book.warned(f) for f in due])
        if warned is None:  # not saved: said at the next check instead of twice
            return
        self.shell.notify(self.tr("Follow-up due soon"), self._due_text(due))

    def _due_text(self, due: Sequence[FollowUp]) -> str:
        first = due[0]
        at = first.due.astimezone(self.clock.now().tzinfo).strftime("%H:%M")
        if first.overdue(self.clock.now()):
            text = fill(self.tr("Follow up %1: it was due at %2."), first.name, at)
        else:
            text = fill(self.tr("Follow up %1 by %2."), first.name, at)
        if len(due) > 1:
            text = fill(self.tr("%1 And %n more.", "", len(due) - 1), text)
        return text
