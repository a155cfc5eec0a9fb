"""The running block's checkpoint in runtime.json, for crash recovery (SPEC §5).

The timer hands a `Checkpoint` (the running block, its pauses and interruptions inside it, and
the last instant the app knew it ran) and gets the same back after a restart; the JSON shape
is this module's business. The shape is the one runtime.json files hold since the first
release, ``{"block": <a block document>, "last_seen": <instant>}``, so a block that was
running when an older version died is still recovered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from focusapp.core.models import Block
from focusapp.store.block_codec import decode_block, encode_block
from focusapp.store.codec import Doc, decode_instant, encode_instant, guarded, typed


@dataclass(frozen=True)
class Checkpoint:
    """The block on disk while it runs, for recovery after a crash."""
    # Still running: no end, no outcome; paused while its last pause is open. Or finished:
    # stopped while the disk refused to save it (services/unsaved.py), to be saved as it is.
    block: Block
    last_seen: datetime  # the last instant the app is known to have been running it


def encode_checkpoint(checkpoint: Checkpoint) -> Doc:
    return {
        "block": encode_block(checkpoint.block),
        "last_seen": encode_instant(checkpoint.last_seen),
    }


def _decode_checkpoint(doc: Mapping[str, Any]) -> Checkpoint:
    return Checkpoint(block=decode_block(doc.get("block")),
                      last_seen=decode_instant(typed(doc, "last_seen", str)))


decode_checkpoint = guarded("checkpoint", _decode_checkpoint)
