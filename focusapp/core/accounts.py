"""The Account Manager's instrument (issue 12): no client goes N weeks without contact.

A light account list (a name, an optional owner note), and touches: "I touched ACCOUNT",
recorded at a block's end or with `focusapp touch`. An account is *going cold* when it has
had no touch for `weeks` weeks; Today and the review list those, oldest first, and the
review counts the accounts touched in the week.

**Calendar weeks, not working weeks.** The silence is counted in calendar days from the
local day of the last touch (or of the day the account was added, for one never touched)
to today: cold once `7 × weeks` days have passed. The client does not take the rep's
holiday: an account last touched before a six-week holiday has heard nothing for six weeks
on the day the rep comes back, and is the first to call. Days off and weekends change
nothing here (tested).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from focusapp.core.days import local_day
from focusapp.core.errors import ValidationError
from focusapp.core.models import validate_text

MAX_ACCOUNT_CHARS = 80
MAX_NOTE_CHARS = 120
DEFAULT_COLD_WEEKS = 6
MAX_COLD_WEEKS = 52
MAX_IMPORTED_ACCOUNTS = 10_000  # a CRM export of a whole company, not of a rep's book


@dataclass(frozen=True)
class Account:
    """An account of an account manager's list."""
    name: str
    added: date  # the local day it was first typed or imported: silence counts from it
    note: str = ""  # the owner's note ("renewal in March", "CFO is the sponsor")

    @property
    def key(self) -> str:
        """One account per name, whatever its case: 'ACME' is 'Acme'."""
        return account_key(self.name)


@dataclass(frozen=True)
class Touch:
    """One contact with an account, logged at a block's end or from Today."""
    id: str
    account: str  # the account's name, as stored on the account
    at: datetime
    block_id: str | None = None  # the block it was recorded at the end of

    def day(self, day_start: time) -> date:
        return local_day(self.at, day_start)


@dataclass(frozen=True)
class ColdAccount:
    """An account left without a touch for longer than the role allows."""
    account: Account
    last_touch: date | None  # None: never touched since it was added
    silent_days: int  # calendar days since the last touch (or since it was added)

    @property
    def silent_weeks(self) -> int:
        return self.silent_days // 7


def account_key(name: str) -> str:
    return name.casefold()


def account_name(text: str) -> str:
    """An account's name as typed: one line, not empty, not too long."""
    return validate_text(text, MAX_ACCOUNT_CHARS, required=True, code="account_name")


def account_note(text: str) -> str:
    return validate_text(text, MAX_NOTE_CHARS, required=False, code="account_note")


def validate_cold_weeks(weeks: int) -> int:
    """How many weeks of silence make an account cold: 1 to 52."""
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not (
            1 <= weeks <= MAX_COLD_WEEKS):
        raise ValidationError("cold_weeks.range", f"An account goes cold after 1 to "
                              f"{MAX_COLD_WEEKS} weeks without a touch, not {weeks}.",
                              low=1, high=MAX_COLD_WEEKS, value=weeks)
    return weeks


def last_touches(touches: Iterable[Touch], day_start: time) -> dict[str, date]:
    """Per account key, the local day of its newest touch."""
    last: dict[str, date] = {}
    for touch in touches:
        key, day = account_key(touch.account), touch.day(day_start)
        if key not in last or day > last[key]:
            last[key] = day
    return last


def cold_accounts(accounts: Iterable[Account], touches: Iterable[Touch], today: date,
                  weeks: int, day_start: time) -> tuple[ColdAccount, ...]:
    """The accounts with no touch for `weeks` calendar weeks on `today`, the longest silent
    first (then by name). Silence counts from the last touch's local day, or from the day the
    account was added when it was never touched: a list imported today is not all cold."""
    last = last_touches(touches, day_start)
    cold: list[ColdAccount] = []
    for account in accounts:
        touched = last.get(account.key)
        since = touched if touched is not None else account.added
        silent = (today - since).days
        if silent >= 7 * weeks:
            cold.append(ColdAccount(account, touched, silent))
    return tuple(sorted(cold, key=lambda c: (-c.silent_days, c.account.key)))


def accounts_touched(touches: Iterable[Touch], first: date, last: date,
                     day_start: time) -> int:
    """How many different accounts were touched from `first` to `last` (a client touched
    three times in the week is one account touched)."""
    return len({account_key(t.account) for t in touches
                if first <= t.day(day_start) <= last})


# ---- a CRM export ---------------------------------------------------------------------


def names_in_csv(text: str, column: str) -> tuple[str, ...]:
    """The account names in `column` of a CRM's CSV export (its header named as the CRM
    wrote it, case and spaces aside), in the file's order, each once; empty cells skipped.
    Commas, semicolons (a French spreadsheet's) and tabs are told apart by the header line.
    ValidationError "accounts_csv.column" when there is no such column (it lists those
    there are), "accounts_csv.name" when a name is too long (with its line)."""
    import csv  # only when a CRM export is read: not before the first paint

    sample = text.lstrip("\ufeff")
    header = sample.splitlines()[0] if sample.strip() else ""
    delimiter = max((",", ";", "\t"), key=header.count)
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    columns = [c.strip() for c in next(reader, [])]
    wanted = column.strip().casefold()
    index = next((i for i, c in enumerate(columns) if c.casefold() == wanted), None)
    if index is None:
        raise ValidationError("accounts_csv.column", f"The file has no column '{column}'; "
                              f"its columns: {', '.join(columns)}.", column=column,
                              columns=", ".join(columns))
    names: dict[str, str] = {}
    for line, row in enumerate(reader, start=2):
        cell = row[index].strip() if index < len(row) else ""
        if not cell:
            continue
        if len(cell) > MAX_ACCOUNT_CHARS:
            raise ValidationError("accounts_csv.name", f"Line {line}: an account name is at "
                                  f"most {MAX_ACCOUNT_CHARS} characters.", line=line,
                                  limit=MAX_ACCOUNT_CHARS)
        names.setdefault(account_key(account_name(cell)), account_name(cell))
    if len(names) > MAX_IMPORTED_ACCOUNTS:
        raise ValidationError("accounts_csv.too_many", f"The file names {len(names)} "
                              f"accounts; at most {MAX_IMPORTED_ACCOUNTS} are imported.",
                              count=len(names), limit=MAX_IMPORTED_ACCOUNTS)
    return tuple(names.values())
