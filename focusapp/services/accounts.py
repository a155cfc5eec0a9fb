"""The account list, the touches and the follow-ups in memory, saved through the store
(issue 12). Shared by the running app (flows/accounts.py, flows/server.py) and by the
command line with no app running (headless.py): one set of rules either way."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from focusapp.core.accounts import (
    DEFAULT_COLD_WEEKS,
    Account,
    ColdAccount,
    Touch,
    account_key,
    account_name,
    account_note,
    accounts_touched,
    cold_accounts,
)
from focusapp.core.book import Book, cold_weeks_of
from focusapp.core.days import IsoWeek
from focusapp.core.errors import ValidationError
from focusapp.core.follow_ups import (
    DEFAULT_DUE,
    FollowUp,
    due_after,
    follow_up_name,
    open_by_due,
)
from focusapp.core.roles import RoleId
from focusapp.services.clock import Clock

if TYPE_CHECKING:
    from focusapp.services.daily import DailyLoop
    from focusapp.store.database import Store

MIN_ID_PREFIX = 4  # `focusapp follow-up --done ID` takes the first characters of an id


@dataclass(frozen=True)
class Touched:
    """A touch just logged, and what it changed on the list and the week."""
    touch: Touch
    new_account: bool  # the name was not on the list: it is now
    this_week: int  # different accounts touched this week, this one included


@dataclass(frozen=True)
class AccountsImported:
    """What a list of account names brought: new ones, and ones already known."""
    added: int
    known: int  # already on the list (case aside): left as they were


class AccountBook(QObject):
    """`changed` is emitted after every save; every save goes to disk first (an OSError
    leaves memory as it was)."""

    changed = Signal()

    def __init__(self, clock: Clock, store: Store, daily: DailyLoop,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._daily = daily
        self.reload()

    def reload(self) -> None:
        self._accounts = {a.key: a for a in self._store.accounts.all()}
        self._touches = {t.id: t for t in self._store.touches.all()}
        self._follow_ups = {f.id: f for f in self._store.follow_ups.all()}
        self.changed.emit()

    # ---- accounts ---------------------------------------------------------------------

    def names(self) -> tuple[str, ...]:
        """Every account's name, for completion as one types."""
        return tuple(a.name for a in sorted(self._accounts.values(), key=lambda a: a.key))

    def add_account(self, name: str, note: str = "") -> Account:
        """Add an account, or change the note of the one with that name (case aside)."""
        clean, note = account_name(name), account_note(note)
        known = self._accounts.get(account_key(clean))
        account = (replace(known, note=note) if known is not None
                   else Account(clean, self._daily.today(), note))
        self._store.accounts.save(account)
        self._accounts[account.key] = account
        self.changed.emit()
        return account

    def import_names(self, names: Iterable[str]) -> AccountsImported:
        """Add the accounts of a CRM export not on the list yet, in one write."""
        today = self._daily.today()
        new: dict[str, Account] = {}
        known = 0
        for name in names:
            clean = account_name(name)
            if account_key(clean) in self._accounts or account_key(clean) in new:
                known += 1
            else:
                new[account_key(clean)] = Account(clean, today)
        self._store.accounts.save_many(list(new.values()))
        self._accounts.update(new)
        self.changed.emit()
        return AccountsImported(len(new), known)

    def touch(self, name: str, block_id: str | None = None) -> Touched:
        """"I touched ACCOUNT": the account typed once is on the list from then on."""
        clean = account_name(name)
        known = self._accounts.get(account_key(clean))
        new = known is None
        if known is None:
            known = Account(clean, self._daily.today())
            self._store.accounts.save(known)
            self._accounts[known.key] = known
        touch = Touch(os.urandom(8).hex(), known.name, self._clock.now(), block_id)
        self._store.touches.save(touch)
        self._touches[touch.id] = touch
        self.changed.emit()
        return Touched(touch, new, self.touched_this_week())

    def cold_weeks(self) -> int:
        return cold_weeks_of(self._daily.roles())

    def cold(self) -> tuple[ColdAccount, ...]:
        return cold_accounts(self._accounts.values(), self._touches.values(),
                             self._daily.today(), self.cold_weeks(), self._day_start())

    def touched_this_week(self) -> int:
        days = IsoWeek.of(self._daily.today()).days
        return accounts_touched(self._touches.values(), days[0], days[-1], self._day_start())

    # ---- follow-ups -------------------------------------------------------------------

    def follow_up(self, name: str, delay: timedelta = DEFAULT_DUE) -> FollowUp:
        """"Met at an event / partner call": a follow-up due `delay` from now."""
        now = self._clock.now()
        made = FollowUp(os.urandom(8).hex(), follow_up_name(name), now, due_after(now, delay))
        return self._save_follow_up(made)

    def done(self, ref: str) -> FollowUp:
        """Mark a follow-up done, by its id (or the id's first characters) or its name."""
        return self._save_follow_up(self.find(ref).marked_done(self._clock.now()))

    def warned(self, follow_up: FollowUp) -> FollowUp:
        return self._save_follow_up(replace(follow_up, warned=True))

    def find(self, ref: str) -> FollowUp:
        """The open follow-up `ref` names (its name, case aside, or an id's start), else
        any follow-up whose id starts so; ValidationError "follow_up.unknown" when none or
        several do."""
        text = ref.strip()
        open_ = open_by_due(self._follow_ups.values())
        found = [f for f in open_ if f.name.casefold() == text.casefold()]
        if not found and len(text) >= MIN_ID_PREFIX:
            found = [f for f in self._follow_ups.values() if f.id.startswith(text.lower())]
        if len(found) != 1:
            raise ValidationError("follow_up.unknown", f"No single follow-up is named "
                                  f"'{text}' or has an id starting with it.", ref=text)
        return found[0]

    def _save_follow_up(self, follow_up: FollowUp) -> FollowUp:
        self._store.follow_ups.save(follow_up)
        self._follow_ups[follow_up.id] = follow_up
        self.changed.emit()
        return follow_up

    def follow_ups(self) -> tuple[FollowUp, ...]:
        return tuple(sorted(self._follow_ups.values(), key=lambda f: (f.due, f.id)))

    def open_follow_ups(self) -> tuple[FollowUp, ...]:
        return open_by_due(self._follow_ups.values())

    def view(self) -> AccountsView:
        enabled = {r.role for r in self._daily.enabled_roles()}
        manager = bool(enabled & {RoleId.ACCOUNT_MANAGER, RoleId.SOLO}) or bool(self._accounts)
        developer = bool(enabled & {RoleId.BUSINESS_DEVELOPER, RoleId.SOLO})
        open_ = self.open_follow_ups()
        return AccountsView(self._clock.now(), self.cold() if manager else (),
                            self.cold_weeks(), self.touched_this_week(), open_,
                            accounts_shown=manager, follow_ups_shown=developer or bool(open_))

    def _day_start(self) -> time:
        return self._daily.settings().day_rules.day_start



def book_of(store: Store) -> Book:
    """The book's facts as the store holds them (the review's, the PDF's)."""
    return Book(tuple(store.accounts.all()), tuple(store.touches.all()),
                tuple(store.follow_ups.all()))


@dataclass(frozen=True)
class AccountsView:
    """What Today shows of the book: the accounts going cold, oldest first, and the open
    follow-ups, soonest due first; each part only for the roles it serves (or once used)."""

    now: datetime
    cold: tuple[ColdAccount, ...] = ()
    cold_weeks: int = DEFAULT_COLD_WEEKS
    touched_this_week: int = 0
    follow_ups: tuple[FollowUp, ...] = ()
    accounts_shown: bool = False
    follow_ups_shown: bool = False
