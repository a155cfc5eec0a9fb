"""Spells away in stored and imported blocks: an older block without any still reads, and a
spell that cannot be true is refused with its reason."""

from __future__ import annotations

import json

import pytest

from focusapp.store import block_codec
from focusapp.store.codec import RecordError
from focusapp.store.record_check import check_block
from tests.store.helpers import at, make_block


def _doc() -> dict[str, object]:
    doc = block_codec.encode_block(make_block("b", at(2026, 11, 23, 9, 0), rich=True))
    return json.loads(json.dumps(doc))  # type: ignore[no-any-return]


def test_a_block_from_before_spells_away_imports_with_none() -> None:
    doc = _doc()
    del doc["away"]
    assert check_block(doc).away == ()


def test_a_block_without_spells_is_written_as_before() -> None:
    assert "away" not in block_codec.encode_block(make_block("b", at(2026, 11, 23, 9, 0)))


@pytest.mark.parametrize(("change", "reason"), [
    ({"start": "2026-11-23T08:00:00+01:00"}, "outside the block"),
    ({"end": "2026-11-23T11:00:00+01:00"}, "outside the block"),
    ({"start": "2026-11-23T09:30:00+01:00", "end": "2026-11-23T09:20:00+01:00"},
     "before it starts"),
    ({"kind": "nap"}, "'nap' is not a valid AwayKind"),
    ({"distracted_seconds": -1.0}, "finite number of 0 or more"),
    ({"start": "2026-11-23T09:13:00"}, "no UTC offset"),
    ({"mood": "sleepy"}, "unknown field(s): mood"),
])
def test_a_spell_that_cannot_be_true_is_refused(change: dict[str, object], reason: str) -> None:
    doc = _doc()
    doc["away"] = [{**doc["away"][0], **change}]  # type: ignore[index]
    with pytest.raises(RecordError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        check_block(doc)
