"""The inbound leads in memory, in step with the store (core/leads.py has the rules)."""

from __future__ import annotations

import os
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from focusapp.core.errors import ValidationError
from focusapp.core.leads import LEAD_ROLES, Lead, find_waiting, validate_lead_name, waiting
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
    """Every lead, by id, and apart the waiting ones: the clocks tick each second over those
    alone (five years of a qualifier's leads are 25,000; benchmarks/instruments_history.py);
    `changed` after each save."""

    changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._read()

    def _read(self) -> None:
        self._leads = {lead.id: lead for lead in self._store.leads.all()}
        self._waiting = {key: lead for key, lead in self._leads.items() if lead.is_waiting}

    def reload(self) -> None:
        """Read them again (after an import or a restored backup)."""
        self._read()
        self.changed.emit()

    def all(self) -> tuple[Lead, ...]:
        return tuple(self._leads.values())

    def waiting(self) -> tuple[Lead, ...]:
        """The live clocks, oldest first."""
        return waiting(self._waiting.values())

    def save(self, lead: Lead) -> Lead:
        self._store.leads.save(lead)  # on disk first: memory never runs ahead of it
        self._leads[lead.id] = lead
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
