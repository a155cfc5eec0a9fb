"""What a focus block blocks (SPEC §6): domains, apps, and the app's section of the hosts file.

Pure: no Qt, no I/O, no clock reads. Instants are passed in. The privileged hosts helper
(`focusapp.services.blocking.helper`) imports this module and re-validates every domain with
the same rules, so the app and the helper can never disagree on what is acceptable.

Domains
    `canonical_domain` is strict: it takes a host name as typed by a program and returns its
    canonical form (lower case, one trailing dot dropped, IDNA 2008 A-labels) or raises a
    `ValidationError` whose `code` names the broken rule (``domain.ip``, ``domain.localhost``,
    ...). Unicode names are mapped with UTS 46 (width and case folding) *after* every
    invisible, control and white-space character has been refused on the raw text (UTS 46
    would silently drop a soft hyphen or a zero-width space), and labels that mix scripts
    (a Cyrillic 'а' in a Latin name) or that are made only of Cyrillic/Greek look-alikes of
    Latin letters under an ASCII top-level domain are refused. The result always passes the
    strict ASCII label check ``[a-z0-9]([a-z0-9-]*[a-z0-9])?``.

    `domain_from_user` is the lenient front door for the Settings field: it trims surrounding
    white space and, explicitly, strips an ``http://`` / ``https://`` scheme, a path, a query,
    a fragment and a port (``https://www.youtube.com:443/feed?x#y`` -> ``www.youtube.com``);
    any other scheme or a ``user@`` part is refused. The helper never does this: it only
    calls the strict function.

Hosts section
    The app owns exactly one block of lines in the hosts file, between a BEGIN and an END
    marker line that both carry `SECTION_TOKEN` and the expiry instant (ISO 8601 with offset).
    Inside: ``0.0.0.0 name`` and ``:: name`` for each domain and its ``www.`` and ``m.`` forms,
    deduplicated and sorted. `with_section` appends it; `strip_section` removes it and gives
    back every other byte: other lines keep their own line endings (CRLF stays CRLF), a file
    that had no final newline gets none back, other tools' markers are untouched.
    A hosts file cannot block "every subdomain": only these three forms are listed.
"""

from __future__ import annotations

import ipaddress
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Protocol

import idna

from focusapp.core.days import require_aware
from focusapp.core.errors import ValidationError

# ---- limits shared with the helper ------------------------------------------------------

MAX_INPUT_CHARS = 1024  # a raw entry longer than this is refused before any work on it
MAX_NAME_LENGTH = 253  # RFC 1035, without the trailing dot
MAX_LABEL_LENGTH = 63
MAX_DOMAINS = 2000  # per block, what the helper accepts
MAX_BLOCK_SPAN = timedelta(hours=12)  # an expiry further away than this is refused
MAX_APP_ENTRY_CHARS = 4096

# ---- presets ----------------------------------------------------------------------------

PRESETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # LinkedIn is deliberately absent: it is a sales tool for our users.
        "social": (
            "facebook.com", "instagram.com", "twitter.com", "x.com", "tiktok.com",
            "snapchat.com", "reddit.com", "pinterest.com", "tumblr.com", "threads.net",
            "bsky.app", "mastodon.social", "discord.com", "messenger.com",
        ),
        "news": (
            "news.google.com", "news.yahoo.com", "cnn.com", "foxnews.com", "nbcnews.com",
            "nytimes.com", "washingtonpost.com", "theguardian.com", "bbc.com", "bbc.co.uk",
            "reuters.com", "apnews.com", "huffpost.com", "news.ycombinator.com",
            "lemonde.fr", "lefigaro.fr", "liberation.fr", "20minutes.fr", "bfmtv.com",
            "francetvinfo.fr",
        ),
        "video": (
            "youtube.com", "youtu.be", "netflix.com", "twitch.tv", "vimeo.com",
            "dailymotion.com", "primevideo.com", "disneyplus.com", "hulu.com", "max.com",
            "tv.apple.com", "crunchyroll.com",
        ),
    }
)


def preset_domains(name: str) -> tuple[str, ...]:
    """The domains of a preset ("social", "news", "video")."""
    try:
        return PRESETS[name]
    except KeyError:
        raise ValidationError(
            "preset.unknown",
            f"There is no block-list preset named '{name}'; pick one of {sorted(PRESETS)}.",
            name=name,
            choices=tuple(sorted(PRESETS)),
        ) from None


# ---- domain validation ------------------------------------------------------------------

_NEWLINES = frozenset("\n\r\x85\u2028\u2029")
# Characters that render as nothing (or as blank) but are not Cf / white space.
_INVISIBLE_EXTRA = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0"
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d"
    "\ufe0e\ufe0f"
)
_ASCII_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_NUMERIC_LABEL = re.compile(r"[0-9]+|0x[0-9a-f]*")
_LOCALHOST_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost",
                              "ip6-loopback"})
# Scripts that legitimately share a label (CJK usage), as in browsers' IDN display policies.
_SCRIPT_MIXES = (
    frozenset({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"LATIN", "HAN", "BOPOMOFO"}),
    frozenset({"LATIN", "HAN", "HANGUL"}),
)
# Cyrillic and Greek letters that look like Latin letters: a label made only of these, under
# an ASCII top-level domain, is a whole-script look-alike ("аррӏе.com").
_LATIN_LOOKALIKES = frozenset("аысԁеԍһіюјӏорԗԛѕԝхуъьҽпгѵѡ" "αικνορυχ")
# Latin letters from phonetic alphabets that pass for ASCII letters.
_LATIN_CONFUSABLES = frozenset("ɑɡɩɪɴʀʏᴀᴄᴅᴇᴊᴋᴍᴏᴘᴛᴜᴠᴡᴢ")


def _refuse(code: str, message: str, text: str, **params: Any) -> ValidationError:
    return ValidationError(code, message, value=text, **params)


def _check_characters(text: str, shown: str) -> None:
    """Refuse the characters no host name may hold, most telling reason first."""
    newline = control = invisible = space = other = None
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in _NEWLINES:
            newline = newline or ch
        elif ch in " \t\v\f" or cat in ("Zs", "Zl", "Zp") or (cat != "Cc" and ch.isspace()):
            space = space or ch
        elif cat == "Cc":
            control = control or ch
        elif cat == "Cf" or ch in _INVISIBLE_EXTRA:
            invisible = invisible or ch
        elif cat in ("Cs", "Co", "Cn"):
            other = other or ch
    if newline is not None:
        raise _refuse("domain.newline", f"A domain cannot contain a line break: {shown}.", shown)
    if control is not None:
        raise _refuse("domain.control", f"A domain cannot contain control character "
                      f"U+{ord(control):04X}: {shown}.", shown, char=f"U+{ord(control):04X}")
    if invisible is not None:
        raise _refuse("domain.invisible", f"A domain cannot contain invisible character "
                      f"U+{ord(invisible):04X} (zero-width, joiner or text-direction mark): "
                      f"{shown}.", shown, char=f"U+{ord(invisible):04X}")
    if space is not None:
        raise _refuse("domain.whitespace", f"A domain cannot contain spaces: {shown}.", shown)
    if other is not None:
        raise _refuse("domain.invalid_char", f"A domain cannot contain character "
                      f"U+{ord(other):04X}: {shown}.", shown, char=f"U+{ord(other):04X}")
    if "#" in text:
        raise _refuse("domain.hash", f"A domain cannot contain '#': {shown}.", shown)
    if "://" in text or any(c in text for c in "/\\?@"):
        raise _refuse("domain.url", f"Type only the site's name (like example.com), not an "
                      f"address with a scheme, path or user: {shown}.", shown)
    if text.startswith("["):
        raise _refuse("domain.ip", f"An IP address cannot be blocked, only a name: {shown}.",
                      shown)
    if "[" in text or "]" in text:
        raise _refuse("domain.invalid_char", f"A domain cannot contain brackets: {shown}.",
                      shown)
    if ":" in text:
        try:
            ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            raise _refuse("domain.port", f"Type the site's name without a port: {shown}.",
                          shown) from None
        raise _refuse("domain.ip", f"An IP address cannot be blocked, only a name: {shown}.",
                      shown)
    if "*" in text:
        raise _refuse("domain.wildcard", f"Wildcards are not supported; type the domain itself "
                      f"(it also blocks its www. and m. forms): {shown}.", shown)
    if "_" in text:
        raise _refuse("domain.underscore", f"A host name cannot contain '_': {shown}.", shown)


def _script(ch: str) -> str | None:
    """The script of a character, from its Unicode name; None for shared characters."""
    if not unicodedata.category(ch).startswith("L"):
        return None  # digits, hyphen, marks (inherited); symbols are left to IDNA to refuse
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0]
    if word in ("CJK", "IDEOGRAPHIC"):
        return "HAN"
    if word == "KATAKANA-HIRAGANA":
        return "KATAKANA"
    return word or "UNKNOWN"


def _check_scripts(ulabel: str, ascii_tld: bool, shown: str) -> None:
    scripts = {s for s in map(_script, ulabel) if s is not None}
    if len(scripts) > 1 and not any(scripts <= mix for mix in _SCRIPT_MIXES):
        names = ", ".join(sorted(scripts)).lower()
        raise _refuse("domain.mixed_script", f"This name mixes alphabets ({names}), so it only "
                      f"looks like the site you mean; type it with the right keyboard layout: "
                      f"{shown}.", shown, scripts=tuple(sorted(scripts)))
    letters = [c for c in ulabel if c.isalpha()]
    if (ascii_tld and letters and scripts & {"CYRILLIC", "GREEK"}
            and all(c in _LATIN_LOOKALIKES for c in letters)):
        raise _refuse("domain.confusable", f"This name is written with letters that only look "
                      f"like Latin ones, so it is not the site you mean: {shown}.", shown)
    if any(c in _LATIN_CONFUSABLES for c in ulabel):
        raise _refuse("domain.confusable", f"This name uses a letter that only looks like a "
                      f"plain Latin one, so it is not the site you mean: {shown}.", shown)


def _shown(text: str) -> str:
    """A safe, short rendering of a refused value for a message (escapes, cut at 80)."""
    shown = ascii(text)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def canonical_domain(text: object) -> str:
    """The canonical A-label form of a host name, or a ValidationError saying why not.

    Strict: no trimming, no URL stripping (see `domain_from_user` for that).
    """
    if not isinstance(text, str):
        raise ValidationError("domain.type", f"A domain is text, not {type(text).__name__}.",
                              value=repr(text)[:80])
    if len(text) > MAX_INPUT_CHARS:
        raise _refuse("domain.too_long", f"A domain has at most {MAX_NAME_LENGTH} characters; "
                      f"this one has {len(text)}.", _shown(text), limit=MAX_NAME_LENGTH,
                      length=len(text))
    shown = _shown(text)
    if not text:
        raise _refuse("domain.empty", "The domain is empty.", shown)
    _check_characters(text, shown)
    try:
        mapped = idna.uts46_remap(text, std3_rules=False, transitional=False)
    except idna.IDNAError as exc:
        raise _refuse("domain.idna", f"This is not a valid international domain name ({exc}): "
                      f"{shown}.", shown, detail=str(exc)) from None
    mapped = mapped.lower()
    _check_characters(mapped, shown)  # full-width '＃', '／', '＿'... map to the ASCII ones
    name = mapped[:-1] if mapped.endswith(".") else mapped
    if not name:
        raise _refuse("domain.empty", "The domain is empty.", shown)
    labels = name.split(".")
    if any(not label for label in labels):
        raise _refuse("domain.label_empty", f"A domain cannot have an empty part (two dots in a "
                      f"row, or a dot at the start): {shown}.", shown)
    if name in _LOCALHOST_NAMES or name.endswith(".localhost"):
        raise _refuse("domain.localhost", f"Local host names cannot be blocked: {shown}.", shown)
    if _is_ip(name, labels[-1]):
        raise _refuse("domain.ip", f"An IP address cannot be blocked, only a name: {shown}.",
                      shown)
    if name.endswith(".local"):
        raise _refuse("domain.local", f"Names of the local network (.local) cannot be blocked: "
                      f"{shown}.", shown)
    if len(labels) == 1:
        raise _refuse("domain.single_label", f"Type a full domain with a dot, like "
                      f"example.com: {shown}.", shown)
    tld = labels[-1]
    ascii_tld = tld.isascii() and not tld.startswith("xn--")
    alabels = [_alabel(label, ascii_tld, shown) for label in labels]
    result = ".".join(alabels)
    if len(result) > MAX_NAME_LENGTH:
        raise _refuse("domain.too_long", f"A domain has at most {MAX_NAME_LENGTH} characters; "
                      f"this one has {len(result)}.", shown, limit=MAX_NAME_LENGTH,
                      length=len(result))
    if not all(_ASCII_LABEL.fullmatch(label) for label in alabels):  # belt and braces
        raise _refuse("domain.invalid_char", f"This is not a valid domain: {shown}.", shown)
    return result


def _is_ip(name: str, last_label: str) -> bool:
    """IPv4/IPv6 literals, and names a URL parser reads as IPv4 (127.1, 0x7f000001, 2130706433).

    A name whose last label is a number is an IPv4 address to browsers (WHATWG URL): no
    top-level domain is numeric.
    """
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return _NUMERIC_LABEL.fullmatch(last_label) is not None
    return True


def _alabel(label: str, ascii_tld: bool, shown: str) -> str:
    if len(label) > MAX_LABEL_LENGTH:
        raise _refuse("domain.label_long", f"Each part of a domain has at most "
                      f"{MAX_LABEL_LENGTH} characters; one has {len(label)}: {shown}.", shown,
                      limit=MAX_LABEL_LENGTH, length=len(label))
    if label.startswith("-") or label.endswith("-"):
        raise _refuse("domain.hyphen", f"A part of a domain cannot start or end with '-': "
                      f"{shown}.", shown)
    if label.isascii():
        if label.startswith("xn--"):
            try:
                ulabel = idna.ulabel(label)
                again = idna.alabel(ulabel).decode("ascii")
            except (idna.IDNAError, UnicodeError) as exc:
                raise _refuse("domain.idna", f"This is not a valid international domain name "
                              f"({exc}): {shown}.", shown, detail=str(exc)) from None
            if again != label:
                raise _refuse("domain.idna", f"This international domain name is not in its "
                              f"canonical form: {shown}.", shown)
            _check_scripts(ulabel, ascii_tld, shown)
            return label
        if label[2:4] == "--":
            raise _refuse("domain.idna", f"A part of a domain cannot have '--' in 3rd and 4th "
                          f"position: {shown}.", shown)
        if not _ASCII_LABEL.fullmatch(label):
            raise _refuse("domain.invalid_char", f"This is not a valid domain: {shown}.", shown)
        return label
    _check_scripts(label, ascii_tld, shown)
    try:
        alabel = idna.alabel(label).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        if "too long" in str(exc).lower():
            raise _refuse("domain.label_long", f"Each part of a domain has at most "
                          f"{MAX_LABEL_LENGTH} characters once encoded: {shown}.", shown,
                          limit=MAX_LABEL_LENGTH) from None
        raise _refuse("domain.idna", f"This is not a valid international domain name ({exc}): "
                      f"{shown}.", shown, detail=str(exc)) from None
    if len(alabel) > MAX_LABEL_LENGTH:
        raise _refuse("domain.label_long", f"Each part of a domain has at most "
                      f"{MAX_LABEL_LENGTH} characters once encoded; one has {len(alabel)}: "
                      f"{shown}.", shown, limit=MAX_LABEL_LENGTH, length=len(alabel))
    return alabel


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_PORT = re.compile(r":[0-9]{1,5}\Z")


def domain_from_user(text: str) -> str:
    """What the Settings field keeps from a typed or pasted entry: its canonical domain.

    Explicitly lenient, and only here: surrounding white space is trimmed; an ``http`` or
    ``https`` scheme, a path, a query, a fragment and a ``:port`` are dropped. Any other
    scheme, or a ``user@`` part, is refused (``domain.url``). Everything else is
    `canonical_domain`'s strict rules.
    """
    if not isinstance(text, str):
        return canonical_domain(text)
    if len(text) > MAX_INPUT_CHARS:
        return canonical_domain(text)
    trimmed = text.strip()
    host = trimmed
    scheme = _SCHEME.match(trimmed)
    if scheme is not None:
        if scheme.group(1).lower() not in ("http", "https"):
            raise _refuse("domain.url", f"Only web addresses (http, https) can be blocked: "
                          f"{_shown(text)}.", _shown(text))
        host = re.split(r"[/?#]", trimmed[scheme.end():], maxsplit=1)[0]
    elif "/" in trimmed:
        host = trimmed.split("/", 1)[0]
    if "@" in host:
        raise _refuse("domain.url", f"Type only the site's name, without a user name: "
                      f"{_shown(text)}.", _shown(text))
    if not host.startswith("[") and (port := _PORT.search(host)):
        host = host[: port.start()]
    return canonical_domain(host)


@dataclass(frozen=True)
class Refusal:
    """One refused entry of a list: where it was, what it was, and which rule it broke.

    `code` is the ValidationError code (``domain.*`` or ``app.*``)."""

    index: int
    value: str  # an escaped, shortened rendering, safe to show or log
    code: str
    message: str


def validate_domains(
    entries: Iterable[object], *, lenient: bool = False
) -> tuple[tuple[str, ...], tuple[Refusal, ...]]:
    """The canonical, deduplicated, sorted domains of a list, and the refused entries."""
    accepted: set[str] = set()
    refused: list[Refusal] = []
    for index, entry in enumerate(entries):
        try:
            if lenient and isinstance(entry, str):
                accepted.add(domain_from_user(entry))
            else:
                accepted.add(canonical_domain(entry))
        except ValidationError as exc:
            shown = _shown(entry) if isinstance(entry, str) else repr(entry)[:80]
            refused.append(Refusal(index, shown, exc.code, exc.message))
    return tuple(sorted(accepted)), tuple(refused)


# ---- the hosts section ------------------------------------------------------------------

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
                                  f"Internal: {_shown(domain)} is not canonical.",
                                  value=_shown(domain))
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


# ---- apps -------------------------------------------------------------------------------


class AppAction(StrEnum):
    """What happens when a listed app runs during a block. SUSPEND and KILL are opt-in only:
    they are never a default and never chosen by escalation."""

    WARN = "warn"  # a notification
    MINIMIZE = "minimize"  # minimize / hide its windows where the platform allows
    CLOSE = "close"  # a graceful quit request
    SUSPEND = "suspend"  # opt-in: SIGSTOP until the block ends
    KILL = "kill"  # opt-in: terminate, then kill

    @property
    def forceful(self) -> bool:
        return self in (AppAction.SUSPEND, AppAction.KILL)


_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:[\\/]|\\\\")


def _is_absolute(target: str) -> bool:
    return target.startswith("/") or _WINDOWS_ABSOLUTE.match(target) is not None


@dataclass(frozen=True)
class AppRule:
    """A blocked app: an executable name (exact) or an absolute executable path, and an action.

    Matching is exact, never a substring: ``steam`` matches a process named ``steam`` or an
    executable ``/usr/bin/steam``, not ``steamwebhelper``.
    """

    target: str
    action: AppAction = AppAction.WARN

    def __post_init__(self) -> None:
        validate_app_target(self.target)

    @property
    def is_path(self) -> bool:
        return _is_absolute(self.target)

    def matches(self, name: str, exe: str | None = None, *, case_sensitive: bool = True) -> bool:
        """Whether a process (its name and, if known, its executable path) is this app."""
        def norm(value: str) -> str:
            return value if case_sensitive else value.casefold()

        target = norm(self.target)
        if self.is_path:
            return exe is not None and norm(exe) == target
        basename = re.split(r"[\\/]", exe)[-1] if exe else None
        return norm(name) == target or (basename is not None and norm(basename) == target)

    def to_entry(self) -> str:
        """The settings string: ``target`` for WARN, else ``action:target``."""
        if self.action is AppAction.WARN:
            return self.target
        return f"{self.action.value}:{self.target}"


def validate_app_target(target: str) -> str:
    if not isinstance(target, str) or not target:
        raise ValidationError("app.empty", "Type the app's executable name or its full path.")
    shown = _shown(target)
    if len(target) > MAX_APP_ENTRY_CHARS:
        raise ValidationError("app.too_long", f"This app entry is too long: {shown}.",
                              value=shown, limit=MAX_APP_ENTRY_CHARS)
    if target != target.strip():
        raise ValidationError("app.whitespace", f"Remove the spaces around the app name: "
                              f"{shown}.", value=shown)
    if any(unicodedata.category(c) in ("Cc", "Cf") or c in _NEWLINES for c in target):
        raise ValidationError("app.control", f"An app name cannot contain control or invisible "
                              f"characters: {shown}.", value=shown)
    if not _is_absolute(target) and re.search(r"[\\/]", target):
        raise ValidationError("app.relative_path", f"Give either the executable's name or its "
                              f"full path, not a relative path: {shown}.", value=shown)
    return target


def parse_app_entry(entry: str) -> AppRule:
    """An app-list setting: ``name``, ``/abs/path``, or ``action:target`` (e.g. ``close:steam``).

    A prefix that is not an action name is part of the target (``C:\\Games\\x.exe``).
    """
    if not isinstance(entry, str):
        raise ValidationError("app.empty", "Type the app's executable name or its full path.")
    head, sep, rest = entry.partition(":")
    if sep and head in {action.value for action in AppAction}:
        return AppRule(rest, AppAction(head))
    return AppRule(entry)


# ---- the plan of a block ----------------------------------------------------------------


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
            rejected.append(Refusal(index, _shown(str(entry)), exc.code, exc.message))
            continue
        rules.setdefault(rule.target, rule)
    return BlockPlan(accepted, tuple(rules.values()), until, tuple(rejected))


class BlockSettings(Protocol):
    """What a plan needs from `focusapp.core.models.Settings` (kept structural so that the
    privileged helper, which imports this module, does not import the settings model)."""

    @property
    def blocked_domains(self) -> tuple[str, ...]: ...

    @property
    def blocked_apps(self) -> tuple[str, ...]: ...


def plan_from_settings(settings: BlockSettings, until: datetime, *, now: datetime) -> BlockPlan:
    """`plan_block` from the settings' blocked_domains and blocked_apps."""
    return plan_block(settings.blocked_domains, settings.blocked_apps, until, now=now)
