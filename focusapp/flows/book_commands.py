"""The answers to `focusapp touch`, `accounts` and `follow-up` (issue 12), over the account
book: the running app's server and the command line with no app running (headless.py)
answer them with this same code."""

from __future__ import annotations

from focusapp import commands as cmd
from focusapp.core.follow_ups import FollowUp, parse_due
from focusapp.services.accounts import AccountBook


def answer_book(book: AccountBook, request: object) -> object:
    """The response to one of `commands.BOOK_REQUESTS`; a refusal is a CodedError."""
    if isinstance(request, cmd.Touch):
        touched = book.touch(request.account)
        return cmd.Touched(touched.touch.account, touched.new_account, touched.this_week)
    if isinstance(request, cmd.AddAccount):
        account = book.add_account(request.name, request.note)
        return cmd.AccountAdded(account.name, account.note)
    if isinstance(request, cmd.ImportAccounts):
        imported = book.import_names(request.names)
        return cmd.AccountsImported(imported.added, imported.known)
    if isinstance(request, cmd.ColdAccounts):
        return cmd.ColdList(book.cold_weeks(), [
            [c.account.name, c.silent_weeks, c.last_touch.isoformat() if c.last_touch else ""]
            for c in book.cold()], book.touched_this_week())
    if isinstance(request, cmd.MakeFollowUp):
        return _saved(book.follow_up(request.name, parse_due(request.due)))
    assert isinstance(request, cmd.FollowUpDone)
    return _saved(book.done(request.follow_up))


def _saved(follow_up: FollowUp) -> cmd.FollowUpSaved:
    return cmd.FollowUpSaved(follow_up.id, follow_up.name, follow_up.due.isoformat(),
                             follow_up.done)
