"""What an import would change, worked out before anything is written (issue 10, item 10).

`preview_import` compares a checked plan with the store: which blocks, days and weekly
reviews are new or different, which settings change (old → new, by setting name), whether
the roles change, and what is held back (start at login, apps to suspend or quit by force:
`held_back_settings`). The app shows it for the user to confirm; `focusapp import
--dry-run` prints it (`lines`, English like the rest of the command line) and the normal
import prints the same list of what it changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any

from focusapp.core.app_rules import AppAction, parse_app_entry
from focusapp.core.errors import ValidationError
from focusapp.core.models import Settings
from focusapp.store.database import Store
from focusapp.store.import_check import ImportPlan

SHOWN_ENTRIES = 5  # of a list setting's added or removed entries; then "and N more"


@dataclass(frozen=True)
class SettingChange:
    """One setting the import changes: its field name in `core.models.Settings`."""

    name: str
    old: Any
    new: Any

    def added(self) -> tuple[Any, ...]:
        """A list setting's entries the import adds (empty for a single value)."""
        return _missing(self.new, self.old)

    def removed(self) -> tuple[Any, ...]:
        return _missing(self.old, self.new)

    @property
    def is_list(self) -> bool:
        return isinstance(self.new, tuple)


def _missing(values: Any, other: Any) -> tuple[Any, ...]:
    if not isinstance(values, tuple):
        return ()
    present = set(other)
    return tuple(v for v in values if v not in present)


@dataclass(frozen=True)
class ImportPreview:
    """What an import changes; counts are records new to the store or different from it."""

    blocks_added: int = 0
    blocks_updated: int = 0
    days_added: int = 0
    days_updated: int = 0
    reviews_added: int = 0
    reviews_updated: int = 0
    tallies_added: int = 0  # days' counts of an activity logged between blocks
    tallies_updated: int = 0
    handoffs_added: int = 0
    handoffs_updated: int = 0
    # Version 3's kinds that the file changes: ("accounts" | "touches" | "follow_ups", new,
    # changed), in that order (`book_changes`).
    book: tuple[tuple[str, int, int], ...] = ()
    leads_added: int = 0
    leads_updated: int = 0
    next_steps_added: int = 0
    next_steps_updated: int = 0
    settings: tuple[SettingChange, ...] = ()
    roles_replaced: bool = False  # the file's roles differ from the ones here
    autostart_held_back: bool = False  # the file turns start at login on: it stays off
    apps_held_back: tuple[str, ...] = ()  # forceful app entries of the file, kept as warnings

    @property
    def held_back(self) -> bool:
        return self.autostart_held_back or bool(self.apps_held_back)

    @property
    def changes_nothing(self) -> bool:
        return self == ImportPreview()


def preview_import(store: Store, plan: ImportPlan) -> ImportPreview:
    """Compare `plan` with the store; reads only."""
    blocks = {b.id: b for b in store.blocks.all()}
    days = {d.day: d for d in store.days.all()}
    reviews = {r.week: r for r in store.reviews.all()}
    saved, _ = held_back_settings(plan.settings, store.settings.get())
    blocks_added, blocks_updated = _compare(blocks, ((b.id, b) for b in plan.blocks))
    days_added, days_updated = _compare(days, ((d.day, d) for d in plan.days))
    reviews_added, reviews_updated = _compare(reviews, ((r.week, r) for r in plan.reviews))
    tallies_added, tallies_updated = _compare({t.key: t for t in store.tallies.all()},
                                              ((t.key, t) for t in plan.tallies))
    handoffs_added, handoffs_updated = _compare({h.id: h for h in store.handoffs.all()},
                                                ((h.id, h) for h in plan.handoffs))
    steps_added, steps_updated = _compare({s.block_id: s for s in store.next_steps.all()},
                                          ((s.block_id, s) for s in plan.next_steps))
    leads_added, leads_updated = _compare({lead.id: lead for lead in store.leads.all()},
                                          ((lead.id, lead) for lead in plan.leads))
    return ImportPreview(
        blocks_added=blocks_added, blocks_updated=blocks_updated,
        days_added=days_added, days_updated=days_updated,
        reviews_added=reviews_added, reviews_updated=reviews_updated,
        tallies_added=tallies_added, tallies_updated=tallies_updated,
        handoffs_added=handoffs_added, handoffs_updated=handoffs_updated,
        book=book_changes(store, plan),
        leads_added=leads_added, leads_updated=leads_updated,
        next_steps_added=steps_added, next_steps_updated=steps_updated,
        settings=setting_changes(store.settings.get(), saved),
        roles_replaced=tuple(plan.roles) != tuple(store.roles.get()),
        autostart_held_back=plan.settings.autostart and not saved.autostart,
        apps_held_back=tuple(e for e in plan.settings.blocked_apps
                             if e not in saved.blocked_apps),
    )


def held_back_settings(settings: Settings, current: Settings) -> tuple[Settings, bool]:
    """What a file may not turn on behind the user's back: start at login, and app rules
    that suspend or kill (they become warnings). The user turns them on in Settings. The
    weekly export's folder stays `current`'s: a file never sends this data elsewhere."""
    apps = []
    for entry in settings.blocked_apps:
        try:
            rule = parse_app_entry(entry)
        except ValidationError:  # the guard reports it at the next block; nothing to defuse
            apps.append(entry)
            continue
        apps.append(replace(rule, action=AppAction.WARN).to_entry() if rule.action.forceful
                    else entry)
    safer = settings.updated(autostart=False, blocked_apps=tuple(apps))
    held = safer != settings
    return safer.updated(weekly_export_folder=current.weekly_export_folder), held


def book_changes(store: Store, plan: ImportPlan) -> tuple[tuple[str, int, int], ...]:
    """What the file changes of the account list (by name, case aside), the touches and
    the follow-ups (by id): only the kinds it changes."""
    compared = (
        ("accounts", _compare({a.key: a for a in store.accounts.all()},
                              ((a.key, a) for a in plan.accounts))),
        ("touches", _compare({t.id: t for t in store.touches.all()},
                             ((t.id, t) for t in plan.touches))),
        ("follow_ups", _compare({f.id: f for f in store.follow_ups.all()},
                                ((f.id, f) for f in plan.follow_ups))),
    )
    return tuple((kind, added, updated) for kind, (added, updated) in compared
                 if added or updated)


def _compare[K, V](known: dict[K, V], incoming: Iterable[tuple[K, V]]) -> tuple[int, int]:
    added = updated = 0
    for key, value in incoming:
        if key not in known:
            added += 1
        elif known[key] != value:
            updated += 1
    return added, updated


def setting_changes(old: Settings, new: Settings) -> tuple[SettingChange, ...]:
    """The settings the user sees in the Settings window that differ, in its order."""
    return tuple(SettingChange(f.name, getattr(old, f.name), getattr(new, f.name))
                 for f in fields(Settings)
                 if not f.metadata.get("hidden") and getattr(old, f.name) != getattr(new, f.name))
