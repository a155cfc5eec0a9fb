"""The plan of a focus block (SPEC §6): which sites and apps it blocks, until when.

Pure: instants are passed in. Entries of the settings lists that are not acceptable are
left out of the plan and listed with their refusal, so one bad entry never fails a block.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from focusapp.core.app_rules import AppRule, parse_app_entry
from focusapp.core.days import require_aware
from focusapp.core.domains import Refusal, shown_value, validate_domains
from focusapp.core.errors import ValidationError
from focusapp.core.hosts_section import MAX_BLOCK_SPAN, MAX_DOMAINS, format_instant


@dataclass(frozen=True)
class BlockPlan:
    """What a block blocks and until when. `rejected` lists setting entries left out, so the
    app can say why instead of failing the block."""

    domains: tuple[str, ...]
    apps: tuple[AppRule, ...]
    until: datetime
    rejected: tuple[Refusal, ...] = field(default=())

    def __post_init__(self) -> None:
        require_aware(self.until)

    @property
    def blocks_sites(self) -> bool:
        return bool(self.domains)

    def hosts_request(self) -> dict[str, object]:
        """The helper's ``apply`` request for this plan."""
        return {"verb": "apply", "domains": list(self.domains),
                "until": format_instant(self.until)}


def plan_block(domains: Iterable[str], apps: Iterable[str], until: datetime, *,
               now: datetime) -> BlockPlan:
    """The plan of a block from the settings lists, running from `now` to `until`.

    Unacceptable entries are left out and listed in `rejected` (domain refusals, and app
    refusals with codes ``app.*``). `until` must be after `now` and within MAX_BLOCK_SPAN.
    """
    require_aware(until)
    require_aware(now)
    if until <= now:
        raise ValidationError("plan.until_past", "A block must end after it starts.",
                              until=until, now=now)
    if until - now > MAX_BLOCK_SPAN:
        hours = math.floor(MAX_BLOCK_SPAN.total_seconds() / 3600)
        raise ValidationError("plan.until_far", f"A block can block sites for at most {hours} "
                              f"hours.", until=until, now=now, hours=hours)
    accepted, refused = validate_domains(domains, lenient=True)
    rejected = list(refused)
    if len(accepted) > MAX_DOMAINS:
        rejected.extend(Refusal(i, d, "domain.too_many", f"Only the first {MAX_DOMAINS} "
                                      f"domains are blocked.")
                        for i, d in enumerate(accepted[MAX_DOMAINS:], start=MAX_DOMAINS))
        accepted = accepted[:MAX_DOMAINS]
    rules: dict[str, AppRule] = {}
    for index, entry in enumerate(apps):
        try:
            rule = parse_app_entry(entry)
        except ValidationError as exc:
            rejected.append(Refusal(index, shown_value(str(entry)), exc.code, exc.message))
            continue
        rules.setdefault(rule.target, rule)
    return BlockPlan(accepted, tuple(rules.values()), until, tuple(rejected))


class BlockSettings(Protocol):
    """What a plan needs from `focusapp.core.models.Settings` (structural: the blocking
    services depend on these two lists, not on the whole settings model)."""

    @property
    def blocked_domains(self) -> tuple[str, ...]: ...

    @property
    def blocked_apps(self) -> tuple[str, ...]: ...


def plan_from_settings(settings: BlockSettings, until: datetime, *, now: datetime) -> BlockPlan:
    """`plan_block` from the settings' blocked_domains and blocked_apps."""
    return plan_block(settings.blocked_domains, settings.blocked_apps, until, now=now)
