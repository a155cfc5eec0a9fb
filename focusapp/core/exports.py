"""Blocks as CSV and as an iCalendar (RFC 5545) file: plain text, no Qt, no I/O.

The CSV is the machine-readable table of blocks (ISO instants with their offset, dot
decimals); `focusapp.ui.report.export_csv` writes the same columns and can call
`blocks_csv`. The ICS holds one VEVENT per finished block of a range of local days, so the
focus blocks show in the user's calendar; it is written by hand (no runtime dependency)
and parsed in the tests with the `icalendar` package.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from focusapp.core.away import away_seconds
from focusapp.core.days import DEFAULT_DAY_START
from focusapp.core.models import AwayKind, Block

CSV_FIELDS = (
    "id",
    "start",
    "end",
    "role",
    "activity",
    "planned_minutes",
    "focused_minutes",
    "energy",
    "outcome",
    "count",
    "note",
    "away_call_minutes",  # away from the desk on a call: counted in focused_minutes
    "away_break_minutes",  # away on a break: a pause, not counted
)

ICS_PRODID = "-//FocusApp//FocusApp//EN"
UID_DOMAIN = "focusapp"
_FOLD_OCTETS = 75


# ---- CSV ------------------------------------------------------------------------------


def csv_row(block: Block) -> list[str]:
    return [
        block.id,
        block.start.isoformat(),
        block.end.isoformat() if block.end else "",
        block.role,
        block.activity or "",
        str(block.planned_minutes),
        f"{block.focused_minutes:.2f}" if block.finished else "",
        str(block.energy),
        block.outcome.value if block.outcome else "",
        "" if block.count is None else str(block.count),
        block.note,
        f"{away_seconds(block, AwayKind.CALL) / 60:.2f}",
        f"{away_seconds(block, AwayKind.BREAK) / 60:.2f}",
    ]


def blocks_csv(blocks: Iterable[Block]) -> str:
    """A header and one row per block, by start; CRLF line ends (RFC 4180), UTF-8 safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for block in sorted(blocks, key=lambda b: (b.start.timestamp(), b.id)):
        writer.writerow(csv_row(block))
    return out.getvalue()


# ---- iCalendar ------------------------------------------------------------------------


def escape_text(text: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon, comma and newlines escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line to 75 octets a line (RFC 5545 §3.1), never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= _FOLD_OCTETS:
        return line
    parts: list[str] = []
    limit = _FOLD_OCTETS  # the first line has 75 octets, the next ones a space and 74
    start = 0
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start = end
        limit = _FOLD_OCTETS - 1
    return "\r\n ".join(parts)


def ics_instant(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def default_summary(block: Block) -> str:
    return f"Focus: {block.activity or block.role}"


def default_description(block: Block) -> str:
    lines = [
        f"Focused {block.focused_minutes:.0f} of {block.planned_minutes} minutes",
        f"Energy {block.energy}/5",
        f"Outcome: {block.outcome.value if block.outcome else 'running'}",
        f"Role: {block.role}",
    ]
    if block.activity:
        lines.append(f"Activity: {block.activity}")
    if block.count is not None:
        lines.append(f"Count: {block.count}")
    if block.note:
        lines.append(f"Note: {block.note}")
    return "\n".join(lines)


@dataclass(frozen=True)
class IcsText:
    """How the events of the ICS name a block: the UI passes the names the user sees, in
    the user's language (ui/ics_text.py); these defaults (ids) are for tests and logs."""

    summary: Callable[[Block], str] = default_summary
    description: Callable[[Block], str] = default_description


def blocks_ics(
    blocks: Iterable[Block],
    first_day: date,
    last_day: date,
    *,
    day_start: time = DEFAULT_DAY_START,
    summary: Callable[[Block], str] = default_summary,
    description: Callable[[Block], str] = default_description,
    stamp: datetime | None = None,
) -> str:
    """A VCALENDAR with one VEVENT per finished block whose local day is in the range.

    UID is ``<block id>@focusapp`` (re-importing the file updates the events, no
    duplicates); DTSTART/DTEND are UTC ('Z'). `summary` and `description` name the
    block (the UI passes translated role and activity names). DTSTAMP is `stamp`, by
    default the latest end among the blocks written, so the output is deterministic.
    """
    chosen = sorted(
        (
            b
            for b in blocks
            if b.finished and b.end is not None and first_day <= b.day(day_start) <= last_day
        ),
        key=lambda b: (b.start.timestamp(), b.id),
    )
    if stamp is None:
        ends = [b.end for b in chosen if b.end is not None]
        stamp = max(ends) if ends else datetime.combine(first_day, day_start, UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{ICS_PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for block in chosen:
        assert block.end is not None
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(block.id)}@{UID_DOMAIN}",
            f"DTSTAMP:{ics_instant(stamp)}",
            f"DTSTART:{ics_instant(block.start)}",
            f"DTEND:{ics_instant(block.end)}",
            f"SUMMARY:{escape_text(summary(block))}",
            f"DESCRIPTION:{escape_text(description(block))}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
