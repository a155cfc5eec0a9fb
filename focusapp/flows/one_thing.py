"""The One Thing: the morning question, edits during the day, the evening check and the
carry-over to the next working day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from focusapp.core.models import Day, OneThingStatus
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import EveningAnswer, OneThingAnswer, Shell
from focusapp.services.daily import DailyLoop


class OneThingFlow(QObject):
    def __init__(self, daily: DailyLoop, shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.daily = daily
        self.shell = shell

    def ask_if_missing(self, *_: object) -> None:
        """The morning prompt: yesterday's check first if it was missed, then today's."""
        missed = self.daily.missed_evening_check()
        if missed is not None:
            self.ask_evening_check(missed.day, then=self.ask_if_missing)
            return
        if self.daily.one_thing() is None:
            self.ask()

    def ask(self) -> None:
        self.shell.ask_one_thing(self.daily.roles(), self.daily.one_thing(),
                                 self.daily.default_role(), self._answered)

    def _answered(self, answer: OneThingAnswer) -> None:
        guarded(self.shell, lambda: self.daily.set_one_thing(answer.text, answer.role,
                                                             answer.activity))

    def set_text(self, text: str) -> Day:
        """`focusapp one-thing TEXT`: today's One Thing for the default role."""
        return self.daily.set_one_thing(text, self.daily.default_role())

    def mark_done(self) -> None:
        """✓ Done during the day (Today, the tray): the evening check still asks, so done
        can become partly."""
        if self.daily.one_thing() is not None:
            guarded(self.shell, lambda: self.daily.check_one_thing(OneThingStatus.DONE))

    def ask_evening_check(self, day: date | None = None,
                          then: Callable[[], None] | None = None) -> None:
        """Done, partly or not done (and carried over); `then` runs once it is answered, or
        at once when there is nothing to ask."""
        target = self.daily.one_thing(day) if isinstance(day, date) else self.daily.one_thing()
        # Today's is asked when ticked off already too (✓ Done): it may have been partly.
        askable = {OneThingStatus.OPEN} | ({OneThingStatus.DONE}
                                           if target and target.day == self.daily.today()
                                           else set())
        if target is None or target.status not in askable:
            if then is not None:
                then()
            return
        self.shell.ask_evening_check(target, lambda answer: self._checked(target, answer, then))

    def _checked(self, target: Day, answer: EveningAnswer,
                 then: Callable[[], None] | None) -> None:
        checked = guarded(self.shell,
                          lambda: self.daily.check_one_thing(answer.status, target.day))
        if checked is not None and answer.carry_over:
            guarded(self.shell, lambda: self.daily.carry_over(target.day))
        if then is not None:
            then()
