"""Counting while working: one key (+1 in the tray, the Today window or `focusapp count`)
counts a call, a touch, a meeting booked — without a dialog.

During a block the count goes to the block (`Block.count`, checkpointed at once), and the
block-end dialog shows it, prefilled. Between blocks it goes to the day's tally of an
activity (a call taken between blocks). Either way it is counted once: totals add finished
blocks' counts and tallies, never both for the same count. The last count can be taken
back while it still can be (the same block still running, or the same day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject

from focusapp.core.errors import ValidationError
from focusapp.core.models import validate_count_step
from focusapp.core.roles import RoleConfig
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import Shell
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import FocusTimer


@dataclass(frozen=True)
class Counted:
    """Where a count went and what it made."""

    role: str
    activity: str | None
    in_block: bool  # counted on the running block (else: on the day's tally)
    today: int  # counted today for this activity: blocks and tallies, the running block too


@dataclass(frozen=True)
class _LastCount:
    """The last count, so that it can be taken back."""
    role: str
    activity: str | None
    change: int
    block_id: str | None  # the running block it went to, or None for a tally
    day: date | None  # the local day of a tally


class CountingFlow(QObject):
    def __init__(self, daily: DailyLoop, timer: FocusTimer, shell: Shell,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.daily = daily
        self.timer = timer
        self.shell = shell
        self._last: _LastCount | None = None

    def count_one(self) -> None:
        """+1 from the tray or the Today window: a refusal is said, never raised."""
        guarded(self.shell, self.count)

    def take_back(self) -> None:
        guarded(self.shell, self.undo)

    def count(self, n: int = 1, activity: str | None = None) -> Counted:
        """Count `n` for `activity` (an id or its short form), or for what the user is
        doing: the running block's activity, else today's last block's, else the One
        Thing's. ValidationError when there is nothing to count for."""
        validate_count_step(n)
        block = self.timer.block
        if block is not None and (activity is None
                                  or self._resolve(activity, block.role) == block.activity):
            self.timer.add_count(n)
            self._last = _LastCount(block.role, block.activity, n, block.id, None)
            return self._counted(block.role, block.activity, in_block=True)
        role, resolved = self._target(activity)
        tally = self.daily.tally(role, resolved, n)
        self._last = _LastCount(role, resolved, n, None, tally.day)
        return self._counted(role, resolved, in_block=False)

    def undo(self) -> Counted:
        """Take the last count back: ValidationError "count.nothing_to_undo" once it is
        gone (taken back already, its block ended, or its day is over)."""
        last = self._last
        block = self.timer.block
        if last is None or (last.block_id is not None
                            and (block is None or block.id != last.block_id)) or (
                last.block_id is None and last.day != self.daily.today()):
            raise ValidationError("count.nothing_to_undo", "There is no count to take back.")
        if last.block_id is not None:
            self.timer.add_count(-last.change)
        else:
            assert last.activity is not None
            self.daily.tally(last.role, last.activity, -last.change)
        self._last = None
        return self._counted(last.role, last.activity, in_block=last.block_id is not None)

    # ---- what to count --------------------------------------------------------------------

    def _target(self, activity: str | None) -> tuple[str, str]:
        """The (role, activity) a count between blocks goes to."""
        if activity is not None:
            role = self._role_of(activity)
            return role, self._resolve(activity, role)
        for block in reversed(self.daily.todays_blocks()):
            if block.activity is not None:
                return block.role, block.activity
        one_thing = self.daily.one_thing()
        if one_thing is not None and one_thing.role and one_thing.activity:
            return one_thing.role, one_thing.activity
        raise ValidationError("count.no_activity",
                              "Say what to count: start a block, or name an activity.")

    def _role_of(self, activity: str) -> str:
        """The role an activity is counted for: the day's role first, then the first
        enabled role that has it."""
        roles = self.daily.enabled_roles()
        preferred = self.daily.default_role()
        ordered = sorted(roles, key=lambda r: r.role.value != preferred)
        for config in ordered:
            if _find(config, activity) is not None:
                return config.role.value
        valid = sorted({a.id for r in roles for a in r.activities})
        raise ValidationError("activity.unknown_any",
                              f"'{activity}' is not an activity of your roles. "
                              f"Valid activities: {', '.join(valid)}.",
                              activity=activity, valid=", ".join(valid))

    def _resolve(self, activity: str, role: str) -> str:
        """The full id of `activity` in `role` (given it or its short form), else as given."""
        config = self.daily.role(role)
        found = _find(config, activity) if config else None
        return found if found is not None else activity

    def _counted(self, role: str, activity: str | None, *, in_block: bool) -> Counted:
        today = self.daily.counted_today(role, activity)
        block = self.timer.block
        if block is not None and (block.role, block.activity) == (role, activity):
            today += block.count or 0
        return Counted(role, activity, in_block, today)


def _find(config: RoleConfig, activity: str) -> str | None:
    """The activity's id in the role, given its id or its short form (`prospecting_block`
    for `outbound_prospector.prospecting_block`, in that role or the solo seller's)."""
    for candidate in config.activities:
        if activity in (candidate.id, candidate.id.partition(".")[2]):
            return candidate.id
    return None
