"""The tables of accounts, touches and follow-ups in the main file (issue 12).

A rep's book is a few hundred accounts, a touch or two a day and a few follow-ups a week:
small enough for the main file, so no month files and no migration (a table that is not
there yet reads as empty).
"""

from __future__ import annotations

from tinydb import TinyDB

from focusapp.core.accounts import Account, Touch
from focusapp.core.follow_ups import FollowUp
from focusapp.store.accounts_codec import (
    decode_account,
    decode_follow_up,
    decode_touch,
    encode_account,
    encode_follow_up,
    encode_touch,
)
from focusapp.store.tables import KeyedTable


def _account_key(account: Account) -> str:
    return account.key


def _touch_key(touch: Touch) -> str:
    return touch.id


def _follow_up_key(follow_up: FollowUp) -> str:
    return follow_up.id


class AccountsRepo:
    """The account list (table `accounts`), one document per account, by its name's key."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[str, Account](
            db, "accounts", encode=encode_account, decode=decode_account, key=_account_key,
            problems=problems)

    def save(self, account: Account) -> None:
        self._table.put(account)

    def save_many(self, accounts: list[Account]) -> None:
        """Upsert by name (case aside): a CSV imported twice adds each account once."""
        self._table.put_many(accounts)

    def all(self) -> list[Account]:
        return sorted(self._table.values(), key=_account_key)


class TouchesRepo:
    """"I touched this account" (table `touches`), one document per touch, by id."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[str, Touch](
            db, "touches", encode=encode_touch, decode=decode_touch, key=_touch_key,
            problems=problems)

    def save(self, touch: Touch) -> None:
        self._table.put(touch)

    def save_many(self, touches: list[Touch]) -> None:
        self._table.put_many(touches)

    def all(self) -> list[Touch]:
        return sorted(self._table.values(), key=lambda t: (t.at, t.id))


class FollowUpsRepo:
    """Follow-ups (table `follow_ups`), one document per follow-up, by id."""

    def __init__(self, db: TinyDB, problems: list[str]) -> None:
        self._table = KeyedTable[str, FollowUp](
            db, "follow_ups", encode=encode_follow_up, decode=decode_follow_up,
            key=_follow_up_key, problems=problems)

    def save(self, follow_up: FollowUp) -> None:
        self._table.put(follow_up)

    def save_many(self, follow_ups: list[FollowUp]) -> None:
        self._table.put_many(follow_ups)

    def all(self) -> list[FollowUp]:
        return sorted(self._table.values(), key=lambda f: (f.at, f.id))
