"""The plan of a block from the settings lists (SPEC §6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from focusapp.core import app_rules as ar
from focusapp.core import block_plan as bp
from focusapp.core import hosts_section as hs
from focusapp.core.errors import ValidationError
from focusapp.core.models import Settings

PARIS = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
UNTIL = NOW + timedelta(minutes=50)


def test_plan_block_keeps_what_is_valid_and_says_what_is_not() -> None:
    plan = bp.plan_block(
        ["https://www.YouTube.com/feed", "reddit.com", "localhost", "reddit.com."],
        ["steam", "close:/usr/bin/slack", "steam", "bin/x"],
        UNTIL,
        now=NOW,
    )
    assert plan.domains == ("reddit.com", "www.youtube.com")
    assert plan.apps == (ar.AppRule("steam"), ar.AppRule("/usr/bin/slack", ar.AppAction.CLOSE))
    assert [(r.index, r.code) for r in plan.rejected] == [(2, "domain.localhost"),
                                                         (3, "app.relative_path")]
    assert plan.until == UNTIL and plan.blocks_sites
    assert plan.hosts_request() == {"verb": "apply", "domains": ["reddit.com", "www.youtube.com"],
                                    "until": "2026-11-23T09:50:00+01:00"}


def test_plan_block_bounds_the_expiry() -> None:
    with pytest.raises(ValidationError) as info:
        bp.plan_block(["a.com"], [], NOW, now=NOW)
    assert info.value.code == "plan.until_past"
    with pytest.raises(ValidationError) as info:
        bp.plan_block(["a.com"], [], NOW + timedelta(hours=12, seconds=1), now=NOW)
    assert info.value.code == "plan.until_far"
    assert bp.plan_block([], [], NOW + timedelta(hours=12), now=NOW).blocks_sites is False
    with pytest.raises(ValueError):
        bp.plan_block([], [], datetime(2026, 11, 23, 10), now=NOW)


def test_plan_block_caps_the_domain_count() -> None:
    many = [f"site{i}.com" for i in range(hs.MAX_DOMAINS + 5)]
    plan = bp.plan_block(many, [], UNTIL, now=NOW)
    assert len(plan.domains) == hs.MAX_DOMAINS
    assert [r.code for r in plan.rejected] == ["domain.too_many"] * 5


def test_plan_from_settings() -> None:
    settings_ = Settings(blocked_domains=("youtube.com", "bad domain"),
                         blocked_apps=("close:steam",))
    plan = bp.plan_from_settings(settings_, UNTIL, now=NOW)
    assert plan.domains == ("youtube.com",)
    assert plan.apps == (ar.AppRule("steam", ar.AppAction.CLOSE),)
    assert [r.code for r in plan.rejected] == ["domain.whitespace"]


@dataclass(frozen=True)
class _Lists:
    blocked_domains: tuple[str, ...] = ()
    blocked_apps: tuple[str, ...] = ()


def test_plan_from_anything_with_the_two_lists() -> None:
    plan = bp.plan_from_settings(_Lists(("a.com",)), UNTIL, now=NOW)
    assert plan.domains == ("a.com",) and plan.apps == ()
