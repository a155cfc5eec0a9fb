"""Handoffs (issue 11): three taps at the end of a handoff block, or `focusapp handoff`;
accepted or sent back later; a week's quality per role."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from focusapp.core.errors import ValidationError
from focusapp.core.handoffs import HandoffStatus, handoff_figures
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.handoffs import HandoffsFlow
from focusapp.flows.shell import BlockEndAnswer, HandoffAnswer
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import StartRequest

PASS_TO_FIELD_SALES = "outbound_prospector.pass_to_field_sales"


@pytest.fixture
def handoffs(clock: Any, daily: Any, shell: Any) -> HandoffsFlow:
    return HandoffsFlow(clock, daily, shell)


@pytest.fixture
def blocks(daily: Any, timer: Any, shell: Any, handoffs: HandoffsFlow) -> BlocksFlow:
    flow = BlocksFlow(daily, timer, shell)
    flow.end_answered.connect(handoffs.after_block)
    return flow


def _end_block(blocks: BlocksFlow, timer: Any, shell: Any, clock: Any, activity: str) -> None:
    blocks.start(StartRequest(minutes=25, role="outbound_prospector", activity=activity))
    clock.advance(minutes=25, seconds=1)
    timer.check()
    _, answer = shell.question("block_end")
    answer(BlockEndAnswer(count=1, note="", take_break=False))


def test_a_handoff_block_ends_with_the_three_taps(blocks, timer, shell, clock, daily, store):
    _end_block(blocks, timer, shell, clock, PASS_TO_FIELD_SALES)
    (form,), answer = shell.question("handoff")
    assert (form.role, form.to) == ("outbound_prospector", "field_sales")  # the usual receiver
    assert form.checklist == ("need", "budget", "decision_maker", "next_step")
    answer(HandoffAnswer("field_sales", on_time=False, ticked=("need", "next_step")))
    (handoff,) = daily.handoffs()
    assert (handoff.to, handoff.on_time, handoff.complete) == ("field_sales", False, False)
    assert handoff.missing == ("budget", "decision_maker")
    assert handoff.block_id == store.blocks.all()[0].id
    assert daily.today_view().handoffs == (handoff,)  # Today lists the day's handoffs
    assert DailyLoop(clock, store).handoffs() == (handoff,)  # kept, as at the next start


def test_other_blocks_ask_no_handoff(blocks, timer, shell, clock):
    _end_block(blocks, timer, shell, clock, "outbound_prospector.prospecting_block")
    assert not [a for a in shell.asked if a[0] == "handoff"]


def test_a_handoff_to_a_colleague_keeps_the_name_and_an_empty_receiver_is_refused(
        handoffs, shell):
    handoff = handoffs.record("account_manager", HandoffAnswer(" Customer  care ", True, ()))
    assert handoff.to == "Customer care"
    with pytest.raises(ValidationError) as refused:
        handoffs.record("account_manager", HandoffAnswer("\u200b ", True, ()))
    assert refused.value.code == "handoff_to.empty"


def test_from_the_command_line_everything_is_covered_but_what_is_missing(handoffs):
    handoff = handoffs.record_for_command("FIELD_SALES", True, ["budget"], "outbound_prospector")
    assert (handoff.to, handoff.missing) == ("field_sales", ("budget",))
    with pytest.raises(ValidationError) as refused:
        handoffs.record_for_command("field_sales", True, ["horoscope"])
    assert refused.value.code == "handoff.item"


def test_the_role_s_own_brief_and_delay_from_settings_are_asked_and_kept(
        blocks, timer, shell, clock, daily, handoffs):
    roles = tuple(replace(r, checklist=("need", "Pain points", "Timeline"), agreed_hours=4)
                  if r.role.value == "outbound_prospector" else r for r in daily.roles())
    daily.save_roles(roles)
    _end_block(blocks, timer, shell, clock, PASS_TO_FIELD_SALES)
    (form,), answer = shell.question("handoff")
    assert (form.checklist, form.agreed_hours) == (("need", "Pain points", "Timeline"), 4)
    answer(HandoffAnswer("field_sales", on_time=True, ticked=("need", "Timeline")))
    assert daily.handoffs()[0].missing == ("Pain points",)
    # `focusapp handoff` names the same items; a built-in one the role dropped is unknown.
    sent = handoffs.record_for_command("field_sales", True, ["Pain points"],
                                       "outbound_prospector")
    assert sent.checklist == ("need", "Pain points", "Timeline")
    with pytest.raises(ValidationError) as refused:
        handoffs.record_for_command("field_sales", True, ["budget"], "outbound_prospector")
    assert refused.value.params["valid"] == "need, Pain points, Timeline"


def test_answered_by_id_prefix_sent_back_needs_a_why(handoffs, daily):
    handoff = handoffs.record_for_command("field_sales", True, [], "outbound_prospector")
    with pytest.raises(ValidationError) as refused:
        handoffs.answer(handoff.id[:6], HandoffStatus.SENT_BACK, "  ")
    assert refused.value.code == "handoff_reason.empty"
    back = handoffs.answer(handoff.id[:6], HandoffStatus.SENT_BACK, "No budget owner named")
    assert (back.status, back.reason) == (HandoffStatus.SENT_BACK, "No budget owner named")
    with pytest.raises(ValidationError) as unknown:
        handoffs.answer("ab", HandoffStatus.ACCEPTED)  # too short to be sure which
    assert unknown.value.code == "handoff.unknown"
    accepted = handoffs.answer(handoff.id, HandoffStatus.ACCEPTED)
    assert (accepted.status, accepted.reason) == (HandoffStatus.ACCEPTED, "")
    assert daily.handoffs() == (accepted,)


def test_a_weeks_figures_per_role(handoffs, clock, daily):
    first = daily.today()
    sent = [handoffs.record_for_command("field_sales", on_time, missing, "outbound_prospector")
            for on_time, missing in ((True, []), (True, ["budget"]), (False, []), (True, []))]
    handoffs.answer(sent[0].id, HandoffStatus.ACCEPTED)
    handoffs.answer(sent[1].id, HandoffStatus.SENT_BACK, "No budget")
    clock.advance(days=8)
    handoffs.record_for_command("field_sales", False, [], "outbound_prospector")  # next week
    figures = handoff_figures(daily.handoffs(), first, first + timedelta(days=6),
                              daily.settings().day_rules.day_start)["outbound_prospector"]
    assert (figures.sent, figures.on_time, figures.complete) == (4, 3, 3)
    assert (figures.share(figures.on_time), figures.accepted_share) == (0.75, 0.5)
    # two not answered yet: not counted against it
