"""A role's handoff brief and agreed delay (core.handoffs): the rules Settings → Roles and an
import share."""

from __future__ import annotations

import pytest

from focusapp.core.errors import ValidationError
from focusapp.core.handoffs import (
    DEFAULT_AGREED_HOURS,
    DEFAULT_CHECKLIST,
    MAX_CHECKLIST_ITEMS,
    validate_agreed_hours,
    validate_checklist,
)
from focusapp.core.roles import RoleConfig, RoleId


def test_a_role_starts_with_the_built_in_brief_and_a_day_to_hand_off() -> None:
    config = RoleConfig.default(RoleId.FIELD_SALES)
    assert (config.checklist, config.agreed_hours) == (DEFAULT_CHECKLIST, DEFAULT_AGREED_HOURS)


def test_the_user_s_items_are_kept_on_one_line_beside_the_built_in_ones() -> None:
    assert validate_checklist(["need", " Pain\tpoints ", "Timeline"]) == (
        "need", "Pain points", "Timeline")


@pytest.mark.parametrize(("items", "code"), [
    ([], "checklist.none"),
    (["need", "\u200b "], "checklist_item.empty"),
    (["x" * 61], "checklist_item.long"),
    (["Timeline", "timeline"], "checklist.repeated"),
    (["need", "need"], "checklist.repeated"),
    ([f"item {n}" for n in range(MAX_CHECKLIST_ITEMS + 1)], "checklist.too_many"),
])
def test_a_brief_the_window_cannot_show_is_refused(items: list[str], code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_checklist(items)
    assert refused.value.code == code


@pytest.mark.parametrize("hours", [0, -3, 14 * 24 + 1, True])
def test_an_agreed_delay_out_of_range_is_refused(hours: int) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_agreed_hours(hours)
    assert refused.value.code == "agreed_hours.range"
    assert validate_agreed_hours(14 * 24) == 336
