"""Accounts, touches and follow-ups (issue 12) to plain JSON documents and back, and their
strict checks for an import (as `record_check` does for the other records).

Kept apart from `codec.py` so that these three kinds travel together: the main file holds
them in the tables `accounts`, `touches` and `follow_ups` (`accounts_repos.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from focusapp.core.accounts import Account, Touch, account_name, account_note
from focusapp.core.follow_ups import FollowUp, follow_up_name
from focusapp.store.codec import (
    Doc,
    RecordError,
    decode_date,
    decode_instant,
    encode_instant,
    guarded,
    keys_of,
    optional,
    typed,
)
from focusapp.store.record_check import MAX_ID_CHARS, check_year, short


def encode_account(account: Account) -> Doc:
    return {"name": account.name, "added": account.added.isoformat(), "note": account.note}


def _decode_account(doc: Mapping[str, Any]) -> Account:
    return Account(name=typed(doc, "name", str), added=decode_date(doc.get("added")),
                   note=typed(doc, "note", str, default=""))


decode_account = guarded("account", _decode_account)


def encode_touch(touch: Touch) -> Doc:
    return {"id": touch.id, "account": touch.account, "at": encode_instant(touch.at),
            "block_id": touch.block_id}


def _decode_touch(doc: Mapping[str, Any]) -> Touch:
    return Touch(id=typed(doc, "id", str), account=typed(doc, "account", str),
                 at=decode_instant(doc.get("at")), block_id=optional(doc, "block_id", str))


decode_touch = guarded("touch", _decode_touch)


def encode_follow_up(follow_up: FollowUp) -> Doc:
    return {"id": follow_up.id, "name": follow_up.name, "at": encode_instant(follow_up.at),
            "due": encode_instant(follow_up.due),
            "done_at": encode_instant(follow_up.done_at) if follow_up.done_at else None,
            "warned": follow_up.warned}


def _decode_follow_up(doc: Mapping[str, Any]) -> FollowUp:
    done_at = doc.get("done_at")
    return FollowUp(id=typed(doc, "id", str), name=typed(doc, "name", str),
                    at=decode_instant(doc.get("at")), due=decode_instant(doc.get("due")),
                    done_at=None if done_at is None else decode_instant(done_at),
                    warned=typed(doc, "warned", bool, default=False))


decode_follow_up = guarded("follow-up", _decode_follow_up)


# ---- an import's checks -------------------------------------------------------------


def _only_known(doc: Mapping[str, Any], keys: frozenset[str], what: str) -> None:
    unknown = sorted(str(k) for k in doc if k not in keys)
    if unknown:
        raise RecordError(f"{what} has unknown field(s) {', '.join(short(k) for k in unknown)}")


def _id(text: str | None) -> None:
    if text is not None and not 0 < len(text) <= MAX_ID_CHARS:
        raise RecordError(f"an id has 1 to {MAX_ID_CHARS} characters")


def check_account(doc: Mapping[str, Any]) -> Account:
    _only_known(doc, keys_of(Account), "the account")
    account = decode_account(doc)
    account_name(account.name)
    account_note(account.note)
    check_year(account.added, "'added'")
    return account


def check_touch(doc: Mapping[str, Any]) -> Touch:
    _only_known(doc, keys_of(Touch), "the touch")
    touch = decode_touch(doc)
    _id(touch.id)
    _id(touch.block_id)
    account_name(touch.account)
    check_year(touch.at, "'at'")
    return touch


def check_follow_up(doc: Mapping[str, Any]) -> FollowUp:
    _only_known(doc, keys_of(FollowUp), "the follow-up")
    follow_up = decode_follow_up(doc)
    _id(follow_up.id)
    follow_up_name(follow_up.name)
    for instant, what in ((follow_up.at, "'at'"), (follow_up.due, "'due'"),
                          (follow_up.done_at, "'done_at'")):
        check_year(instant, what)
    return follow_up
