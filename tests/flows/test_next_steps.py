"""Field Sales' dated next step (issue 12) through the flows: asked at a meeting's end,
listed while missing, told at the evening check, given from the command protocol."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from focusapp import commands as cmd
from focusapp.core.errors import CodedError
from focusapp.core.next_steps import MEETING_ACTIVITY
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.next_steps import NextStepsFlow
from focusapp.flows.shell import BlockEndAnswer
from focusapp.services.timer import StartRequest
from focusapp.store.database import Store

PREPARATION = "field_sales.meeting_preparation"


@pytest.fixture
def store(store: Store) -> Store:
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    return store


@pytest.fixture
def steps(clock: Any, store: Store, daily: Any, shell: Any) -> NextStepsFlow:
    return NextStepsFlow(clock, store, daily, shell)


@pytest.fixture
def blocks(daily: Any, timer: Any, shell: Any, steps: NextStepsFlow) -> BlocksFlow:
    flow = BlocksFlow(daily, timer, shell)
    flow.end_next_step = steps.asks
    flow.next_step_given.connect(steps.given)
    return flow


def _end(blocks: BlocksFlow, timer: Any, clock: Any, activity: str) -> Any:
    blocks.start(StartRequest(minutes=45, role="field_sales", activity=activity))
    clock.advance(minutes=45, seconds=1)
    timer.check()
    return blocks.daily.todays_blocks()[-1]


def test_a_meeting_ends_asking_its_next_step_and_keeps_it(blocks, timer, shell, clock, store,
                                                          daily):
    meeting = _end(blocks, timer, clock, MEETING_ACTIVITY)
    _, answer = shell.question("block_end")
    assert shell.options["block_end"]["next_step"] is True
    assert [m.id for m in shell.open_meetings] == [meeting.id]  # Today lists it until given
    due = daily.today() + timedelta(days=3)
    answer(BlockEndAnswer(count=1, note="", take_break=False, next_step="  Send the\tproposal",
                          next_step_due=due))
    (step,) = store.next_steps.all()
    assert (step.block_id, step.text, step.due) == (meeting.id, "Send the proposal", due)
    assert shell.open_meetings == ()


def test_other_blocks_do_not_ask_a_next_step(blocks, timer, shell, clock, store):
    _end(blocks, timer, clock, PREPARATION)
    shell.question("block_end")
    assert shell.options["block_end"]["next_step"] is False
    assert shell.open_meetings == ()


def test_a_next_step_dated_before_its_meeting_is_refused_in_words(blocks, timer, shell, clock,
                                                                   store, daily):
    _end(blocks, timer, clock, MEETING_ACTIVITY)
    _, answer = shell.question("block_end")
    answer(BlockEndAnswer(count=None, note="", take_break=False, next_step="Call",
                          next_step_due=daily.today() - timedelta(days=1)))
    assert store.next_steps.all() == []
    assert shell.problems[-1].code == "next_step.past"


def test_the_evening_check_tells_the_meetings_still_open_once(blocks, timer, shell, clock,
                                                               steps):
    _end(blocks, timer, clock, MEETING_ACTIVITY)
    steps.evening()
    assert shell.notes[-1][0] == "Meetings without a next step"
    assert shell.notes[-1][1].startswith("1 meeting")  # (the catalogue words its plural)
    before = len(shell.notes)
    steps.note(blocks.daily.todays_blocks()[-1], "Call back", blocks.daily.today())
    steps.evening()
    assert len(shell.notes) == before  # nothing open: nothing said


def test_the_command_gives_the_days_last_open_meeting_its_step(blocks, timer, shell, clock,
                                                               steps, daily, store):
    with pytest.raises(CodedError) as none:
        steps.from_command(cmd.NoteNextStep("Send it"))
    assert none.value.code == "next_step.no_meeting"
    first = _end(blocks, timer, clock, MEETING_ACTIVITY)
    second = _end(blocks, timer, clock, MEETING_ACTIVITY)
    noted = steps.from_command(cmd.NoteNextStep("Send the proposal"))
    assert noted.still_open == 1 and noted.due == daily.next_working_day(daily.today()).isoformat()
    assert [s.block_id for s in store.next_steps.all()] == [second.id]
    assert [m.id for m in shell.open_meetings] == [first.id]
