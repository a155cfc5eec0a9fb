"""A week of the account manager's and business developer's instruments (issue 12), for
the review, the weekly PDF and the team report: accounts touched in the week, the accounts
going cold at its end, and the follow-ups due in it (done in time, late, overdue).

Attached to the roles they serve (`with_book`): the accounts to the account manager and
the solo seller, the follow-ups to the business developer and the solo seller.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from focusapp.core.accounts import (
    DEFAULT_COLD_WEEKS,
    Account,
    ColdAccount,
    Touch,
    accounts_touched,
    cold_accounts,
)
from focusapp.core.days import IsoWeek
from focusapp.core.follow_ups import FollowUp, FollowUpFigures, follow_up_figures
from focusapp.core.roles import RoleConfig, RoleId

if TYPE_CHECKING:
    from focusapp.core.results import RoleResults

ACCOUNT_ROLES = frozenset({RoleId.ACCOUNT_MANAGER.value, RoleId.SOLO.value})
FOLLOW_UP_ROLES = frozenset({RoleId.BUSINESS_DEVELOPER.value, RoleId.SOLO.value})


@dataclass(frozen=True)
class Book:
    """The facts: the account list, the touches, the follow-ups."""

    accounts: tuple[Account, ...] = ()
    touches: tuple[Touch, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class BookWeek:
    """A role's accounts and follow-ups over one week."""
    touched: int | None = None  # different accounts touched; None: not an account role
    cold: tuple[ColdAccount, ...] = ()  # at the week's end (today, for this week)
    cold_weeks: int = DEFAULT_COLD_WEEKS
    follow_ups: FollowUpFigures | None = None  # None: not a follow-up role


def cold_weeks_of(roles: Sequence[RoleConfig]) -> int:
    """The account manager's setting (the solo seller's book follows it)."""
    config = next((r for r in roles if r.role is RoleId.ACCOUNT_MANAGER), None)
    return config.cold_weeks if config is not None else DEFAULT_COLD_WEEKS


def book_week(book: Book, role: str, week: IsoWeek, weeks: int, day_start: time,
              today: date, now: datetime) -> BookWeek | None:
    """`role`'s part of the book for `week`; None for a role it does not serve."""
    first, last = week.days[0], week.days[-1]
    accounts = role in ACCOUNT_ROLES
    follow_ups = role in FOLLOW_UP_ROLES
    if not (accounts or follow_ups):
        return None
    return BookWeek(
        touched=accounts_touched(book.touches, first, last, day_start) if accounts else None,
        cold=cold_accounts(book.accounts, book.touches, min(today, last), weeks, day_start)
        if accounts else (),
        cold_weeks=weeks,
        follow_ups=follow_up_figures(book.follow_ups, first, last, day_start, now)
        if follow_ups else None)


def with_book(results: Mapping[str, RoleResults], book: Book, roles: Sequence[RoleConfig],
              week: IsoWeek, day_start: time, today: date,
              now: datetime) -> dict[str, RoleResults]:
    """`results` with each role's part of the book attached (`RoleResults.book`)."""
    weeks = cold_weeks_of(roles)
    return {role: replace(result, book=book_week(book, role, week, weeks, day_start, today,
                                                 now))
            for role, result in results.items()}
