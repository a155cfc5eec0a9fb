"""Files derived from a month file and kept beside it: the blocks' daily summaries
(summaries.py) and the leads' waiting notes (leads.py).

Never a source of truth. Each is stamped with its format and the checksum of the month file
it was made from (and whatever else it depends on, such as the day start); one that is
missing, stale or unreadable reads as None and is made again, silently, and one that cannot
be written (a read-only folder, a full disk) is left unwritten: only speed is lost. Their
names are not month files' (`layout.months_in`), so backups, exports and imports never
see them.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from focusapp.store.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

Stamp = Mapping[str, object]  # what a derived file must name to be believed


def checksum(path: Path) -> str | None:
    """The month file's size and CRC-32 (None: no such file). It tells an edited file from
    the one a derived file was made of; it guards no secret, and it is three times faster
    than a cryptographic hash (12 MiB of month files: 14 ms against 46 ms for BLAKE2b)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return f"{len(data)}-{zlib.crc32(data):08x}"


def read_derived[T](path: Path, stamp: Stamp, parse: Callable[[dict[str, Any]], T]
                    ) -> T | None:
    """What `parse` makes of the file at `path` if it names `stamp`; None when a value of
    `stamp` is None (no month file to derive from) or the file is missing, stale or
    unreadable, `parse` raising ValueError, TypeError, KeyError or IndexError included."""
    if None in stamp.values():
        return None
    try:
        data = json.loads(path.read_bytes())
        if any(data[key] != value for key, value in stamp.items()):
            return None
        return parse(data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, IndexError) as exc:
        log.info("%s is made again: %s", path.name, exc)
        return None


def write_derived(path: Path, stamp: Stamp, content: Stamp) -> None:
    """`content` under `stamp`, atomically; nothing when a value of `stamp` is None."""
    if None in stamp.values():
        return
    try:
        atomic_write_bytes(path, json.dumps({**stamp, **content},
                                            separators=(",", ":")).encode())
    except OSError as exc:
        log.info("%s is not written: %s", path.name, exc)


def text_ids(value: object, what: str) -> frozenset[str]:
    """A stored list of ids, checked; ValueError when it is not a list of text."""
    if type(value) is not list or not all(type(i) is str for i in value):
        raise ValueError(f"the {what} are not a list of text")
    return frozenset(value)
