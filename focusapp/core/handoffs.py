"""Handoffs between roles, and how good they are (issue 11; the seed: "la qualité du
transfert entre les différentes équipes doit être intégrée aux objectifs de chacun").

A handoff is a brief to Field Sales, a won client briefed to its Account Manager, an issue
routed to the right service, a target list to prospecting… It is recorded in three taps:
to whom, on time or not (within the delay the roles agreed), and which items of the role's
brief checklist it covered. Later the sender marks it accepted or sent back, and why.

A week's quality per role: sent, on time %, complete %, accepted %.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum

from focusapp.core.days import local_day
from focusapp.core.errors import ValidationError
from focusapp.core.models import validate_text

# The brief every handoff should carry (the seed's qualification: the need, the budget,
# who decides, the next step). Built-in items are ids the UI names; a user's own are text.
DEFAULT_CHECKLIST: tuple[str, ...] = ("need", "budget", "decision_maker", "next_step")
# Who receives each built-in handoff (the seed's relay: prospecting → field sales → account
# manager; business development feeds prospecting). An issue routed by an Account Manager
# goes to a service, named by the user.
DEFAULT_RECEIVERS: dict[str, str] = {
    "field_sales.brief_account_manager": "account_manager",
    "inbound_qualifier.meeting_brief": "field_sales",
    "outbound_prospector.pass_to_field_sales": "field_sales",
    "business_developer.feed_prospecting": "outbound_prospector",
}
MAX_TO_CHARS = 80
MAX_REASON_CHARS = 200
# A role's own brief (Settings → Roles, an import): a few items one can tick in a dialog.
MAX_CHECKLIST_ITEMS = 12
MAX_ITEM_CHARS = 60
# The delay the roles agreed for a handoff ("on time" means within it), in hours.
DEFAULT_AGREED_HOURS = 24
MAX_AGREED_HOURS = 14 * 24


class HandoffStatus(StrEnum):
    SENT = "sent"  # not answered yet
    ACCEPTED = "accepted"
    SENT_BACK = "sent_back"


@dataclass(frozen=True)
class Handoff:
    """One handoff from a role to the next, with the checklist as it was then."""
    id: str
    at: datetime
    role: str  # the sender's role
    to: str  # a role id, or a colleague's name
    on_time: bool
    checklist: tuple[str, ...]  # the role's checklist when it was sent: later edits keep history
    ticked: tuple[str, ...] = ()  # the items the brief covered
    status: HandoffStatus = HandoffStatus.SENT
    reason: str = ""  # why it was sent back
    block_id: str | None = None  # the handoff block it came from

    @property
    def complete(self) -> bool:
        return set(self.checklist) <= set(self.ticked)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(item for item in self.checklist if item not in self.ticked)

    def day(self, day_start: time) -> date:
        return local_day(self.at, day_start)

    def answered(self, status: HandoffStatus, reason: str = "") -> Handoff:
        """Accepted, or sent back with a one-line why (required then)."""
        if status is HandoffStatus.SENT_BACK:
            reason = validate_text(reason, MAX_REASON_CHARS, required=True, code="handoff_reason")
        else:
            reason = ""
        return replace(self, status=status, reason=reason)


# ---- a role's brief and delay ------------------------------------------------------------


def checklist_item(text: str) -> str:
    """An item as the user typed it, kept on one line: not empty, not too long."""
    return validate_text(text, MAX_ITEM_CHARS, required=True, code="checklist_item")


def validate_checklist(items: Iterable[str]) -> tuple[str, ...]:
    """A role's brief: one item at least, `MAX_CHECKLIST_ITEMS` at most, none twice (case
    aside); built-in items are their ids, the user's their text (`checklist_item`)."""
    kept = tuple(i if i in DEFAULT_CHECKLIST else checklist_item(i) for i in items)
    if not kept:
        raise ValidationError("checklist.none", "A brief needs at least one item.")
    if len(kept) > MAX_CHECKLIST_ITEMS:
        raise ValidationError("checklist.too_many", f"A brief holds at most "
                              f"{MAX_CHECKLIST_ITEMS} items, not {len(kept)}.",
                              limit=MAX_CHECKLIST_ITEMS, count=len(kept))
    seen: set[str] = set()
    for item in kept:
        if item.casefold() in seen:
            raise ValidationError("checklist.repeated", f"'{item}' is twice in the brief.",
                                  item=item)
        seen.add(item.casefold())
    return kept


def validate_agreed_hours(hours: int) -> int:
    """The agreed delay: a whole number of hours, from 1 to two weeks."""
    if isinstance(hours, bool) or not isinstance(hours, int) or not (
            1 <= hours <= MAX_AGREED_HOURS):
        raise ValidationError("agreed_hours.range", f"The agreed delay is from 1 to "
                              f"{MAX_AGREED_HOURS} hours, not {hours}.", low=1,
                              high=MAX_AGREED_HOURS, value=hours)
    return hours


# ---- a week's quality -------------------------------------------------------------------


@dataclass(frozen=True)
class HandoffFigures:
    """A role's handoffs over a period: counts, and the shares a manager reads."""

    sent: int = 0
    on_time: int = 0
    complete: int = 0
    accepted: int = 0
    sent_back: int = 0

    def share(self, part: int) -> float | None:
        """`part` of those sent, in [0, 1]; None when nothing was sent (not 0 %)."""
        return part / self.sent if self.sent else None

    @property
    def answered(self) -> int:
        return self.accepted + self.sent_back

    @property
    def accepted_share(self) -> float | None:
        """Accepted among the answered ones: a handoff not answered yet is not a failure."""
        return self.accepted / self.answered if self.answered else None


def handoff_figures(handoffs: Iterable[Handoff], first: date, last: date,
                    day_start: time) -> Mapping[str, HandoffFigures]:
    """Per sending role, the figures of the handoffs sent from `first` to `last`."""
    by_role: dict[str, list[Handoff]] = defaultdict(list)
    for handoff in handoffs:
        if first <= handoff.day(day_start) <= last:
            by_role[handoff.role].append(handoff)
    return {role: figures_of(sent) for role, sent in by_role.items()}


def figures_of(handoffs: Iterable[Handoff]) -> HandoffFigures:
    """The figures of these handoffs, whoever sent them and whenever."""
    row = [0, 0, 0, 0, 0]
    for handoff in handoffs:
        row[0] += 1
        row[1] += handoff.on_time
        row[2] += handoff.complete
        row[3] += handoff.status is HandoffStatus.ACCEPTED
        row[4] += handoff.status is HandoffStatus.SENT_BACK
    return HandoffFigures(*row)
