"""Handoffs: recorded in three taps at the end of a handoff block (or with `focusapp
handoff`), then marked accepted or sent back, and why (core/handoffs.py)."""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QObject

from focusapp.core.errors import ValidationError
from focusapp.core.handoffs import (
    DEFAULT_AGREED_HOURS,
    DEFAULT_CHECKLIST,
    DEFAULT_RECEIVERS,
    MAX_TO_CHARS,
    Handoff,
    HandoffStatus,
)
from focusapp.core.models import Block, validate_text
from focusapp.core.roles import RoleId
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import HandoffAnswer, HandoffForm, Shell
from focusapp.services.clock import Clock
from focusapp.services.daily import DailyLoop

MIN_ID_PREFIX = 4  # `focusapp handoff ID --accepted` takes the first characters of an id


class HandoffsFlow(QObject):
    def __init__(self, clock: Clock, daily: DailyLoop, shell: Shell,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.daily = daily
        self.shell = shell

    def after_block(self, block: Block) -> None:
        """A block on a handoff activity ends with the handoff's three taps."""
        activity = self.daily.activity(block.role, block.activity)
        if activity is None or not activity.handoff or block.outcome is None:
            return
        checklist, hours = self.brief(block.role)
        form = HandoffForm(block.role, self.daily.roles(),
                           DEFAULT_RECEIVERS.get(activity.id), checklist, hours)
        self.shell.ask_handoff(form, lambda answer: self._answered(block, answer))

    def _answered(self, block: Block, answer: HandoffAnswer) -> None:
        guarded(self.shell, lambda: self.record(block.role, answer, block.id))

    def record(self, role: str, answer: HandoffAnswer, block_id: str | None = None) -> Handoff:
        to = validate_text(answer.to, MAX_TO_CHARS, required=True, code="handoff_to")
        if to.lower() in {r.value for r in RoleId}:
            to = to.lower()
        checklist = _on_checklist(answer.ticked, self.brief(role)[0])
        handoff = Handoff(id=os.urandom(8).hex(), at=self.clock.now(), role=role, to=to,
                          on_time=answer.on_time, checklist=checklist,
                          ticked=tuple(i for i in checklist if i in answer.ticked),
                          block_id=block_id)
        return self.daily.save_handoff(handoff)

    def record_for_command(self, to: str, on_time: bool, missing: list[str],
                           role: str | None = None) -> Handoff:
        """`focusapp handoff`: every item of the checklist covered but the `missing` ones."""
        role = role or self.daily.default_role()
        checklist = _on_checklist(missing, self.brief(role)[0])
        ticked = tuple(item for item in checklist if item not in missing)
        return self.record(role, HandoffAnswer(to, on_time, ticked))

    def brief(self, role: str) -> tuple[tuple[str, ...], int]:
        """The role's checklist and agreed delay in hours (Settings → Roles); the built-in
        ones for a role this folder does not know."""
        config = self.daily.role(role)
        if config is None:
            return DEFAULT_CHECKLIST, DEFAULT_AGREED_HOURS
        return config.checklist, config.agreed_hours

    def answer_from_window(self, handoff_id: str, status: str, reason: str) -> None:
        guarded(self.shell, lambda: self.answer(handoff_id, HandoffStatus(status), reason))

    def answer(self, handoff_id: str, status: HandoffStatus, reason: str = "") -> Handoff:
        """Mark a handoff accepted or sent back (with why), by its id or the id's first
        characters."""
        return self.daily.save_handoff(self.find(handoff_id).answered(status, reason))

    def find(self, prefix: str) -> Handoff:
        prefix = prefix.strip().lower()
        found = [h for h in self.daily.handoffs() if h.id.startswith(prefix)]
        if len(prefix) < MIN_ID_PREFIX or len(found) != 1:
            raise ValidationError("handoff.unknown", f"No single handoff has an id starting "
                                  f"with '{prefix}'.", id=prefix)
        return found[0]


def _on_checklist(items: Iterable[str], checklist: tuple[str, ...]) -> tuple[str, ...]:
    """`checklist`, once every item is known to be on it (else "handoff.item" names it)."""
    for item in items:
        if item not in checklist:
            raise ValidationError("handoff.item", f"'{item}' is not on the brief's checklist: "
                                  f"{', '.join(checklist)}.", item=item,
                                  valid=", ".join(checklist))
    return checklist
