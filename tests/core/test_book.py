"""A week of the book for the review and the team report (core/book.py): each role gets its
part, and a manager's team report merges a rep's exports' books."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from focusapp.core.accounts import Account, Touch
from focusapp.core.book import Book, book_week
from focusapp.core.days import IsoWeek
from focusapp.core.follow_ups import FollowUp
from focusapp.core.models import Settings
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.team import Export, merge_reps, team_csv, team_rows
from tests.core.factories import UTC1

WEEK = IsoWeek(2026, 48)
MONDAY = WEEK.monday
FOUR = time(4, 0)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), UTC1)


BOOK = Book(
    accounts=(Account("Acme", date(2026, 9, 1)), Account("Bolt", date(2026, 9, 1))),
    touches=(Touch("t1", "Acme", at(MONDAY, 10)), Touch("t2", "acme", at(MONDAY, 15)),
             Touch("t3", "Bolt", at(MONDAY - timedelta(weeks=7), 10))),
    follow_ups=(FollowUp("f1", "Claire", at(MONDAY, 9), at(MONDAY + timedelta(days=2), 9),
                         done_at=at(MONDAY + timedelta(days=1), 9)),
                FollowUp("f2", "Datapoint", at(MONDAY, 9), at(MONDAY + timedelta(days=2), 9))))


def test_each_role_gets_its_part_of_the_book():
    now = at(MONDAY + timedelta(days=4), 12)
    manager = book_week(BOOK, "account_manager", WEEK, 6, FOUR, now.date(), now)
    assert manager is not None and manager.follow_ups is None
    assert manager.touched == 1 and [c.account.name for c in manager.cold] == ["Bolt"]
    developer = book_week(BOOK, "business_developer", WEEK, 6, FOUR, now.date(), now)
    assert developer is not None and developer.touched is None
    assert developer.follow_ups is not None
    assert (developer.follow_ups.in_time, developer.follow_ups.overdue) == (1, 1)
    solo = book_week(BOOK, "solo", WEEK, 6, FOUR, now.date(), now)
    assert solo is not None and solo.touched == 1 and solo.follow_ups is not None
    assert book_week(BOOK, "field_sales", WEEK, 6, FOUR, now.date(), now) is None


def test_the_team_report_merges_a_rep_s_books_and_counts_them_in_the_csv():
    roles = default_role_configs(frozenset({RoleId.ACCOUNT_MANAGER,
                                            RoleId.BUSINESS_DEVELOPER}))
    older = Book(BOOK.accounts, BOOK.touches[:1], BOOK.follow_ups[1:])
    exports = [Export(f"w48{n}.json", "Ana", "p1", at(MONDAY + timedelta(days=d), 18),
                      Settings(), roles, (), (), book=book)
               for n, d, book in (("a", 1, older), ("b", 4, BOOK))]
    (rep,) = merge_reps(exports)
    assert len(rep.book.touches) == 3 and len(rep.book.follow_ups) == 2
    rows = team_rows([rep], WEEK, MONDAY + timedelta(days=6))
    lines = team_csv(rows, WEEK).splitlines()
    header = lines[0].split(",")
    cells = {row.split(",")[1]: dict(zip(header, row.split(","), strict=True))
             for row in lines[1:]}
    manager, developer = cells["account_manager"], cells["business_developer"]
    assert (manager["accounts_touched"], manager["accounts_going_cold"]) == ("1", "1")
    assert manager["follow_ups_due"] == ""  # not the account manager's instrument
    assert (developer["follow_ups_due"], developer["follow_ups_in_time"],
            developer["follow_ups_overdue"]) == ("2", "1", "1")
