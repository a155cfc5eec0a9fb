"""The six sales roles of SPEC §2 and their default key activities.

Ids are stable (they are stored); names are not here: the UI layer owns the translatable
names of roles, activities and metrics, keyed by these ids. Activities a user adds have
ids of the form ``custom.<n>`` and carry their own name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from focusapp.core.accounts import DEFAULT_COLD_WEEKS
from focusapp.core.errors import ValidationError
from focusapp.core.handoffs import DEFAULT_AGREED_HOURS, DEFAULT_CHECKLIST
from focusapp.core.leads import DEFAULT_LEAD_MINUTES
from focusapp.core.text import one_line

MAX_NAME_LENGTH = 80
DEFAULT_TARGET_MINUTES = 50


class RoleId(StrEnum):
    ACCOUNT_MANAGER = "account_manager"
    FIELD_SALES = "field_sales"
    INBOUND_QUALIFIER = "inbound_qualifier"
    OUTBOUND_PROSPECTOR = "outbound_prospector"
    BUSINESS_DEVELOPER = "business_developer"
    SOLO = "solo"


@dataclass(frozen=True)
class Activity:
    """A key activity of a role. `metric` is the id of its optional count metric."""

    id: str
    metric: str | None = None
    handoff: bool = False
    key: bool = True
    name: str | None = None  # only for activities the user added; built-ins are named by the UI


def _a(role: RoleId, slug: str, metric: str | None, handoff: bool = False) -> Activity:
    return Activity(id=f"{role.value}.{slug}", metric=metric, handoff=handoff)


_AM, _FS, _IQ, _OP, _BD = (
    RoleId.ACCOUNT_MANAGER,
    RoleId.FIELD_SALES,
    RoleId.INBOUND_QUALIFIER,
    RoleId.OUTBOUND_PROSPECTOR,
    RoleId.BUSINESS_DEVELOPER,
)

_SPECIALISED: dict[RoleId, tuple[Activity, ...]] = {
    _AM: (
        _a(_AM, "value_touches", "accounts_touched"),
        _a(_AM, "health_review", "accounts_scored"),
        _a(_AM, "renewal_next_step", "proposals"),
        _a(_AM, "route_client_issue", "escalations_routed", handoff=True),
    ),
    _FS: (
        _a(_FS, "meeting_preparation", "meetings_prepared"),
        _a(_FS, "prospect_meetings", "meetings_held"),
        _a(_FS, "dated_next_step", "next_steps"),
        _a(_FS, "proposal_closing", "proposals"),
        _a(_FS, "brief_account_manager", "briefs", handoff=True),
    ),
    _IQ: (
        _a(_IQ, "speed_to_lead", "leads_touched"),
        _a(_IQ, "qualification_conversations", "conversations"),
        _a(_IQ, "meetings_booked", "meetings_booked"),
        _a(_IQ, "meeting_brief", "briefs", handoff=True),
    ),
    _OP: (
        _a(_OP, "icp_research", "accounts_researched"),
        _a(_OP, "prospecting_block", "touches"),
        _a(_OP, "conversations", "conversations"),
        _a(_OP, "pass_to_field_sales", "briefs", handoff=True),
    ),
    _BD: (
        _a(_BD, "market_intelligence", "notes"),
        _a(_BD, "partner_conversations", "conversations"),
        _a(_BD, "event_follow_ups", "follow_ups"),
        _a(_BD, "feed_prospecting", "lists", handoff=True),
    ),
}

# The seed's "alone to sell": the solo seller does some of the specialised roles' work
# (their practices), and never their handoffs: there is nobody to hand off to.
SOLO_PRACTICES: tuple[RoleId, ...] = tuple(_SPECIALISED)


def solo_activities(practices: Iterable[RoleId]) -> tuple[Activity, ...]:
    """The solo seller's activities for the practices they do, in the roles' order."""
    chosen = set(practices)
    return tuple(activity for role, acts in _SPECIALISED.items() if role in chosen
                 for activity in acts if not activity.handoff)


def solo_practices(activities: Iterable[Activity]) -> frozenset[RoleId]:
    """The practices whose built-in activities a solo seller keeps."""
    held = {activity.id for activity in activities}
    return frozenset(role for role, acts in _SPECIALISED.items()
                     if any(activity.id in held for activity in acts))


# Farming is looking after the clients one has; hunting, every practice that finds new ones.
FARMING_PRACTICES = frozenset({RoleId.ACCOUNT_MANAGER})


def practice_of(activity_id: str | None) -> RoleId | None:
    """The specialised role a built-in activity belongs to (None for one of the user's)."""
    head = (activity_id or "").split(".", 1)[0]
    return next((role for role in _SPECIALISED if role.value == head), None)


@dataclass(frozen=True)
class Balance:
    """A solo seller's focused minutes split between hunting and farming."""

    hunting: float = 0.0
    farming: float = 0.0


def hunting_and_farming(minutes_by_activity: Iterable[tuple[str | None, float]]) -> Balance:
    """The balance of (activity id, focused minutes) pairs; the user's own activities and
    blocks on "other work" are neither."""
    hunting = farming = 0.0
    for activity, minutes in minutes_by_activity:
        practice = practice_of(activity)
        if practice in FARMING_PRACTICES:
            farming += minutes
        elif practice is not None:
            hunting += minutes
    return Balance(hunting, farming)


DEFAULT_ACTIVITIES: dict[RoleId, tuple[Activity, ...]] = {
    **_SPECIALISED, RoleId.SOLO: solo_activities(SOLO_PRACTICES)}

METRICS: tuple[str, ...] = tuple(
    sorted({a.metric for acts in DEFAULT_ACTIVITIES.values() for a in acts if a.metric})
)


@dataclass(frozen=True)
class DailyTarget:
    """What a role must do on a working day to meet its target (SPEC §8).

    Each part the user set must be met: the focused minutes on the role's key activities;
    the count, all the role's counts added up (touches, conversations, briefs… together: a
    target of one number has always meant that); and the count of each metric given a
    target of its own (`per_metric`: 40 touches and 5 conversations). The day's One Thing
    marked done when it belongs to the role meets the target too.
    """

    minutes: int | None = DEFAULT_TARGET_MINUTES
    count: int | None = None
    per_metric: tuple[tuple[str, int], ...] = ()  # (metric id, daily count), in the user's order

    def __post_init__(self) -> None:
        if self.minutes is None and self.count is None and not self.per_metric:
            raise ValidationError("target.empty", "A daily target needs minutes, a count, or both.")
        if self.minutes is not None and not 1 <= self.minutes <= 24 * 60:
            raise ValidationError(
                "target.minutes",
                "A daily target is between 1 and 1440 minutes.",
                value=self.minutes,
            )
        for count in (self.count, *(n for _, n in self.per_metric)):
            if count is not None and not 1 <= count <= 10_000:
                raise ValidationError(
                    "target.count", "A daily count target is between 1 and 10000.", value=count)
        metrics = [metric for metric, _ in self.per_metric]
        for metric in metrics:
            if metric not in METRICS or metrics.count(metric) > 1:
                raise ValidationError("target.metric", f"A daily count target names "
                                      f"'{metric}' twice, or a count the app does not know.",
                                      metric=metric)


@dataclass(frozen=True)
class RoleConfig:
    """A role as the user holds it: enabled or not, its activities in the user's order."""

    role: RoleId
    enabled: bool = True
    activities: tuple[Activity, ...] = field(default_factory=tuple)
    target: DailyTarget = field(default_factory=DailyTarget)
    # The day the user took the role up (None: from the start). Days before it are not
    # missed days of this role: they are not counted at all.
    since: date | None = None
    # What a handoff from this role must brief (core.handoffs.validate_checklist), and the
    # delay the roles agreed for it, in hours ("on time" means within it).
    checklist: tuple[str, ...] = DEFAULT_CHECKLIST
    agreed_hours: int = DEFAULT_AGREED_HOURS
    # The account manager's: an account with no touch for this many calendar weeks is
    # going cold (core.accounts.cold_accounts).
    cold_weeks: int = DEFAULT_COLD_WEEKS
    # Speed-to-lead (core.leads): minutes to first touch a new lead, for the roles that
    # work inbound leads (core.leads.LEAD_ROLES).
    lead_minutes: int = DEFAULT_LEAD_MINUTES

    def __post_init__(self) -> None:
        if self.role is RoleId.SOLO and any(a.handoff for a in self.activities):
            # Saved before solo sellers lost the handoffs they never had (issue 16).
            object.__setattr__(self, "activities",
                               tuple(a for a in self.activities if not a.handoff))

    @classmethod
    def default(cls, role: RoleId, enabled: bool = True) -> RoleConfig:
        return cls(role=role, enabled=enabled, activities=DEFAULT_ACTIVITIES[role])

    def with_practices(self, practices: Iterable[RoleId]) -> RoleConfig:
        """A solo seller's role doing `practices`: the activities kept as the user ordered
        and changed them (their own ones too), those of a practice no longer done removed,
        those of a newly chosen one added at the end."""
        wanted = solo_activities(practices)
        wanted_ids = {a.id for a in wanted}
        kept = tuple(a for a in self.activities if a.name is not None or a.id in wanted_ids)
        held = {a.id for a in kept}
        return replace(self, activities=(*kept, *(a for a in wanted if a.id not in held)))

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    @property
    def key_activity_ids(self) -> frozenset[str]:
        return frozenset(a.id for a in self.activities if a.key)

    def is_key_activity(self, activity_id: str | None) -> bool:
        found = self.activity(activity_id) if activity_id else None
        return bool(found and found.key)

    def with_custom_activity(self, name: str, metric: str | None = None) -> RoleConfig:
        clean = validate_name(name)
        if any((a.name or "").casefold() == clean.casefold() for a in self.activities):
            raise ValidationError(
                "activity.duplicate", f"There is already an activity called '{clean}'.", name=clean
            )
        taken = {a.id for a in self.activities}
        n = 1
        while f"custom.{n}" in taken:
            n += 1
        new = Activity(id=f"custom.{n}", metric=metric, name=clean)
        return replace(self, activities=(*self.activities, new))


def default_role_configs(enabled: frozenset[RoleId] = frozenset()) -> tuple[RoleConfig, ...]:
    return tuple(RoleConfig.default(role, enabled=role in enabled) for role in RoleId)


def validate_name(text: str) -> str:
    clean = one_line(text)
    if not clean:
        raise ValidationError("name.empty", "A name cannot be empty.")
    if len(clean) > MAX_NAME_LENGTH:
        raise ValidationError(
            "name.long", f"A name is at most {MAX_NAME_LENGTH} characters.", limit=MAX_NAME_LENGTH
        )
    return clean


def validate_enabled_roles(configs: tuple[RoleConfig, ...]) -> None:
    if not any(c.enabled for c in configs):
        raise ValidationError("roles.none", "Enable at least one sales role.")
