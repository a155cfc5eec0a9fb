"""The app's section of the hosts file (SPEC §6): written, found, removed, swept.

Pure: no Qt, no I/O, no clock reads; instants are passed in. The privileged hosts helper
(`focusapp.services.blocking.helper`) builds and sweeps the section with this module.

The app owns exactly one block of lines in the hosts file, between a BEGIN and an END
marker line that both carry `SECTION_TOKEN` and the expiry instant (ISO 8601 with offset).
Inside: ``0.0.0.0 name`` and ``:: name`` for each domain and its ``www.`` and ``m.`` forms,
deduplicated and sorted. `with_section` appends it; `strip_section` removes it and gives
back every other byte: other lines keep their own line endings (CRLF stays CRLF), a file
that had no final newline gets none back, other tools' markers are untouched.
A hosts file cannot block "every subdomain": only these three forms are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from focusapp.core.days import require_aware
from focusapp.core.domains import MAX_NAME_LENGTH, canonical_domain, shown_value
from focusapp.core.errors import ValidationError

# Limits of one block's section, enforced by the helper and respected by the plan.
MAX_DOMAINS = 2000  # per block, what the helper accepts
MAX_BLOCK_SPAN = timedelta(hours=12)  # an expiry further away than this is refused

SECTION_TOKEN = "focusapp-hosts-block"
BLOCK_ADDRESSES = ("0.0.0.0", "::")
_BEGIN = re.compile(rf"# BEGIN {SECTION_TOKEN} until=(?P<until>\S+)(?:[ \t].*)?")
_END = re.compile(rf"# END {SECTION_TOKEN}(?:[ \t].*)?")
_ENTRY = re.compile(r"(?:0\.0\.0\.0|::)[ \t]+(?P<host>[a-z0-9.-]+)[ \t]*")
_FORM_PREFIXES = ("www.", "m.")


def host_forms(domain: str) -> tuple[str, ...]:
    """The names listed for a domain: itself, its ``www.`` and ``m.`` forms.

    A domain typed with one of these prefixes also brings its bare form
    (``www.youtube.com`` -> ``youtube.com``, ``www.youtube.com``, ``m.youtube.com``).
    Forms that would exceed 253 characters are left out.
    """
    base = domain
    for prefix in _FORM_PREFIXES:
        if domain.startswith(prefix) and "." in domain[len(prefix):]:
            base = domain[len(prefix):]
            break
    forms = {domain, base, *(prefix + base for prefix in _FORM_PREFIXES)}
    return tuple(sorted(f for f in forms if len(f) <= MAX_NAME_LENGTH))


def hosts_entries(domains: Iterable[str]) -> tuple[str, ...]:
    """The section's lines, without line endings: ``0.0.0.0 name`` then ``:: name``, by name.

    The domains must be canonical already (`canonical_domain`); this is checked.
    """
    names: set[str] = set()
    for domain in domains:
        if canonical_domain(domain) != domain:
            raise ValidationError("domain.not_canonical",
                                  f"Internal: {shown_value(domain)} is not canonical.",
                                  value=shown_value(domain))
        names.update(host_forms(domain))
    return tuple(f"{address} {name}" for name in sorted(names) for address in BLOCK_ADDRESSES)


def format_instant(instant: datetime) -> str:
    """ISO 8601 with offset, to the second; a fraction of a second rounds up (never early)."""
    require_aware(instant)
    if instant.microsecond:
        instant = instant.replace(microsecond=0) + timedelta(seconds=1)
    return instant.isoformat(timespec="seconds")


def parse_instant(text: str) -> datetime | None:
    """An ISO 8601 instant with an offset, or None (no offset, or not a date)."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        return None
    if instant.tzinfo is None or instant.utcoffset() is None:
        return None
    return instant


def begin_marker(until: datetime) -> str:
    return (f"# BEGIN {SECTION_TOKEN} until={format_instant(until)} "
            f"-- FocusApp focus block, removed when it ends; do not edit")


def end_marker(until: datetime) -> str:
    return f"# END {SECTION_TOKEN} until={format_instant(until)}"


def section_lines(domains: Iterable[str], until: datetime) -> tuple[str, ...]:
    """BEGIN marker, entries, END marker (no line endings); empty when there is no domain."""
    entries = hosts_entries(domains)
    if not entries:
        return ()
    return (begin_marker(until), *entries, end_marker(until))


def render_section(domains: Iterable[str], until: datetime, newline: str = "\n") -> str:
    """The whole section as text, each line ended by `newline`."""
    return "".join(line + newline for line in section_lines(domains, until))


def detect_newline(text: str, default: str = "\n") -> str:
    """The file's line ending, from its first line: CRLF or LF (`default` without any)."""
    first = text.find("\n")
    if first < 0:
        return default
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


@dataclass(frozen=True)
class HostsSection:
    """One section of ours found in a hosts file.

    `until` is None when the BEGIN marker's instant cannot be read; `complete` is False for a
    BEGIN without its END (an interrupted write or a hand edit). Both count as expired.
    """

    until: datetime | None
    hosts: tuple[str, ...]
    complete: bool = True

    @property
    def domains(self) -> tuple[str, ...]:
        """The names that are not just the ``www.``/``m.`` form of another listed name."""
        names = set(self.hosts)
        roots = {
            n for n in names
            if not any(n.startswith(p) and n[len(p):] in names for p in _FORM_PREFIXES)
        }
        return tuple(sorted(roots))

    def expired(self, now: datetime) -> bool:
        require_aware(now)
        return not self.complete or self.until is None or now >= self.until


def _split_lines(text: str) -> list[str]:
    """Lines with their terminators; only LF ends a line (a lone CR is content)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _body(line: str) -> str:
    if line.endswith("\r\n"):
        return line[:-2]
    return line[:-1] if line.endswith("\n") else line


def _terminator(line: str) -> str:
    return line[len(_body(line)):]


@dataclass(frozen=True)
class _Span:
    first: int  # index of the BEGIN (or lone END) line
    last: int  # index of the last removed line
    section: HostsSection | None  # None for a lone END line


def _spans(lines: list[str]) -> list[_Span]:
    spans: list[_Span] = []
    bodies = [_body(line) for line in lines]
    i = 0
    while i < len(lines):
        begin = _BEGIN.fullmatch(bodies[i])
        if begin is None:
            if _END.fullmatch(bodies[i]):
                spans.append(_Span(i, i, None))
            i += 1
            continue
        until = parse_instant(begin.group("until"))
        j = i + 1
        while j < len(lines) and not _END.fullmatch(bodies[j]) and not _BEGIN.fullmatch(
            bodies[j]
        ):
            j += 1
        if j < len(lines) and _END.fullmatch(bodies[j]):
            hosts = [m.group("host") for b in bodies[i + 1 : j] if (m := _ENTRY.fullmatch(b))]
            spans.append(_Span(i, j, HostsSection(until, tuple(dict.fromkeys(hosts)))))
            i = j + 1
            continue
        # A BEGIN without END: take it and the entry lines right after it, nothing else.
        k = i + 1
        hosts = []
        while k < len(lines) and (m := _ENTRY.fullmatch(bodies[k])):
            hosts.append(m.group("host"))
            k += 1
        spans.append(_Span(i, k - 1, HostsSection(until, tuple(dict.fromkeys(hosts)), False)))
        i = k
    return spans


def find_sections(text: str) -> tuple[HostsSection, ...]:
    """Every section of ours in a hosts file (normally zero or one)."""
    return tuple(s.section for s in _spans(_split_lines(text)) if s.section is not None)


def find_section(text: str) -> HostsSection | None:
    """The first section of ours, or None."""
    sections = find_sections(text)
    return sections[0] if sections else None


def strip_section(text: str) -> str:
    """The file without any section of ours (and without a stray END marker of ours).

    Every other byte is kept. When a section ends the file without a final newline, it was
    appended to a file that had none, after a line break of its own: that break goes too.
    """
    lines = _split_lines(text)
    spans = _spans(lines)
    if not spans:
        return text
    keep = [True] * len(lines)
    for span in spans:
        for index in range(span.first, span.last + 1):
            keep[index] = False
    last = spans[-1]
    if last.last == len(lines) - 1 and not _terminator(lines[-1]):
        kept = [index for index in range(last.first) if keep[index]]
        if kept:
            previous = kept[-1]
            ours = _terminator(lines[last.first]) or "\n"
            line = lines[previous]
            if line.endswith(ours):
                lines[previous] = line[: -len(ours)]
            elif line.endswith("\n"):
                lines[previous] = line[:-1]
    return "".join(line for line, k in zip(lines, keep, strict=True) if k)


def with_section(text: str, domains: Iterable[str], until: datetime,
                 *, default_newline: str = "\n") -> str:
    """The file with our section (replacing any previous one) appended at its end.

    It follows the file's line endings. A file without a final newline gets a line break
    before the section and the section ends without one, so `strip_section` gives the
    file back byte for byte. No domain means no section.
    """
    base = strip_section(text)
    lines = section_lines(domains, until)
    if not lines:
        return base
    newline = detect_newline(base, default_newline)
    if not base or base.endswith("\n"):
        return base + newline.join(lines) + newline
    return base + newline + newline.join(lines)


def sweep(text: str, now: datetime) -> tuple[str, bool]:
    """Remove our sections unless there is exactly one, complete and still running.

    Returns the new text and whether anything was removed. Expired, damaged or duplicated
    sections all go: when in doubt the block is lifted, never left behind.
    """
    lines = _split_lines(text)
    spans = _spans(lines)
    if not spans:
        return text, False
    if len(spans) == 1 and spans[0].section is not None and not spans[0].section.expired(now):
        return text, False
    return strip_section(text), True
