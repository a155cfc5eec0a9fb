"""The inbound leads in memory, in step with the store (core/leads.py has the rules)."""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from focusapp.core.days import DayRules
from focusapp.core.errors import ValidationError
from focusapp.core.leads import (
    LEAD_ROLES,
    Lead,
    arrivals_counting_for,
    find_waiting,
    validate_lead_name,
    waiting,
)
from focusapp.core.roles import RoleConfig

if TYPE_CHECKING:
    from focusapp.store.database import Store


def lead_role(roles: tuple[RoleConfig, ...]) -> RoleConfig:
    """The role a new lead is worked for: the inbound qualifier, else the solo seller, when
    the user holds it; ValidationError "lead.no_role" when they hold neither."""
    for role_id in LEAD_ROLES:
        config = next((c for c in roles if c.role.value == role_id and c.enabled), None)
        if config is not None:
            return config
    raise ValidationError("lead.no_role", "Speed-to-lead is for the Inbound Lead "
                          "Qualification role (or the solo seller): take it up in Settings → "
                          "Roles.")


class LeadBook(QObject):
    """The waiting leads, in memory, and the rest on demand: five years of a qualifier's
    leads are 25,000, and neither a start nor each second's tick of the clocks reads them
    all (benchmarks/instruments_history.py); `changed` after each save."""

    changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._read()

    def _read(self) -> None:
        self._waiting = {lead.id: lead for lead in self._store.leads.waiting()}

    def reload(self) -> None:
        """Read them again (after an import or a restored backup)."""
        self._read()
        self.changed.emit()

    def counting_for(self, first: date, last: date, rules: DayRules) -> tuple[Lead, ...]:
        """The leads whose working day may be from `first` to `last`, and a few more
        (`lead_figures` keeps the right ones), read from their months alone."""
        return tuple(self._store.leads.arrived_between(*arrivals_counting_for(first, last,
                                                                               rules)))

    def waiting(self) -> tuple[Lead, ...]:
        """The live clocks, oldest first."""
        return waiting(self._waiting.values())

    def any_waiting(self) -> bool:
        """A clock runs (asked each second: no sorting)."""
        return bool(self._waiting)

    def save(self, lead: Lead) -> Lead:
        self._store.leads.save(lead)  # on disk first: memory never runs ahead of it
        if lead.is_waiting:
            self._waiting[lead.id] = lead
        else:
            self._waiting.pop(lead.id, None)
        self.changed.emit()
        return lead

    def new(self, name: str, now: datetime, roles: tuple[RoleConfig, ...]) -> Lead:
        """A lead that came in `now`, its clock against its role's target."""
        config = lead_role(roles)
        return self.save(Lead(os.urandom(8).hex(), now, config.role.value, config.lead_minutes,
                               validate_lead_name(name)))

    def touch(self, key: str, now: datetime) -> Lead:
        """The first touch of the waiting lead named `key` (or with that id)."""
        return self.save(find_waiting(self._waiting.values(), key).touched(now))

    def drop(self, key: str, now: datetime) -> Lead:
        """Set aside the waiting lead named `key` (or with that id) as not a lead."""
        return self.save(find_waiting(self._waiting.values(), key).dropped(now))
