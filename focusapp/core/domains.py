"""Which host names a focus block may block (SPEC §6): checked, canonical domains.

Pure: no Qt, no I/O. The privileged hosts helper (`focusapp.services.blocking.helper`)
imports this module and re-validates every domain with the same rules, so the app and the
helper can never disagree on what is acceptable.

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
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import idna

from focusapp.core.errors import ValidationError

MAX_INPUT_CHARS = 1024  # a raw entry longer than this is refused before any work on it
MAX_NAME_LENGTH = 253  # RFC 1035, without the trailing dot
MAX_LABEL_LENGTH = 63

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

# What ends a line, in any text: never allowed in an entry of a block list (sites or apps).
LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029")
# Characters that render as nothing (or as blank) but are not Cf / white space.
_INVISIBLE_EXTRA = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0"
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d"
    "\ufe0e\ufe0f"
)
_ASCII_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_NUMERIC_LABEL = re.compile(r"[0-9]+|0x[0-9a-f]*")
# What the system needs to stay safe, whatever a block list says (and whoever asks the root
# helper): security updates, the time, certificate revocation checks. Each entry covers its
# subdomains. docs/blocking.md lists them.
NEVER_BLOCKED = frozenset({
    "deb.debian.org", "security.debian.org", "archive.ubuntu.com", "security.ubuntu.com",
    "windowsupdate.com", "update.microsoft.com", "swscan.apple.com", "swcdn.apple.com",
    "ntp.ubuntu.com", "pool.ntp.org", "time.windows.com", "time.apple.com",
    "time.google.com", "ocsp.digicert.com", "ocsp.pki.goog", "ocsp.apple.com",
    "ocsp.sectigo.com", "o.lencr.org", "crl.microsoft.com",
})


@dataclass(frozen=True)
class ReservedGroup:
    """Names a hosts file must never redirect, refused with the code `refusal`: each of
    `names` with its subdomains, each of `exact` itself (typed bare or with its www./m.
    form, which the section would list too)."""

    refusal: str
    names: frozenset[str]
    exact: frozenset[str] = frozenset()


# Refused on every system, not only on the one they belong to: a block list travels (the
# same Settings, an export imported on another laptop) and one validation must give the
# same answer everywhere. Nobody blocks Windows telemetry to focus on Linux.
RESERVED_GROUPS = (
    ReservedGroup("domain.reserved", NEVER_BLOCKED),
    # Microsoft Defender treats a hosts file that redirects these as
    # SettingsModifier:Win32/HostsFileHijack and resets the whole file (the user's own lines
    # too): Windows' update, Defender, telemetry and connectivity-check hosts, as reported
    # from Defender's detections. microsoft.com itself is flagged, its other subdomains
    # (teams., outlook.) are not.
    ReservedGroup("domain.reserved_windows", frozenset({
        "data.microsoft.com", "telemetry.microsoft.com", "watson.microsoft.com",
        "urs.microsoft.com", "delivery.mp.microsoft.com", "wdcp.microsoft.com",
        "wd.microsoft.com", "smartscreen.microsoft.com", "definitionupdates.microsoft.com",
        "notify.windows.com", "update.windows.com", "windows.com.akadns.net",
        "data.microsoft.com.akadns.net", "microsoft.com.nsatc.net", "watson.live.com",
        "vsgallery.com", "telemetry.remoteapp.windowsazure.com", "msftncsi.com",
        "msftconnecttest.com",
    }), exact=frozenset({"microsoft.com"})),
    # macOS's software updates, time and certificate checks (tv.apple.com stays blockable).
    ReservedGroup("domain.reserved_apple", frozenset({
        "swdist.apple.com", "swscan.apple.com", "swcdn.apple.com", "mesu.apple.com",
        "gdmf.apple.com", "updates.cdn-apple.com", "oscdn.apple.com", "time-ios.apple.com",
        "time-macos.apple.com", "ocsp2.apple.com", "crl.apple.com", "valid.apple.com",
        "certs.apple.com",
    })),
)


def reserved_code(name: str) -> str | None:
    """The refusal code of a canonical name that belongs to a system's own hosts, or None."""
    base = name
    for prefix in ("www.", "m."):
        if name.startswith(prefix):
            base = name[len(prefix):]
            break
    for group in RESERVED_GROUPS:
        if base in group.exact or name in group.exact:
            return group.refusal
        if any(name == kept or name.endswith("." + kept) for kept in group.names):
            return group.refusal
    return None


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
        if ch in LINE_BREAKS:
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


def shown_value(text: str) -> str:
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
                      f"this one has {len(text)}.", shown_value(text), limit=MAX_NAME_LENGTH,
                      length=len(text))
    shown = shown_value(text)
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
    reserved = reserved_code(result)
    if reserved is not None:
        raise _refuse(reserved, f"{shown} keeps the computer updated, on time, protected or "
                      "able to check certificates, so it is never blocked.", shown)
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
                          f"{shown_value(text)}.", shown_value(text))
        host = re.split(r"[/?#]", trimmed[scheme.end():], maxsplit=1)[0]
    elif "/" in trimmed:
        host = trimmed.split("/", 1)[0]
    if "@" in host:
        raise _refuse("domain.url", f"Type only the site's name, without a user name: "
                      f"{shown_value(text)}.", shown_value(text))
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
            shown = shown_value(entry) if isinstance(entry, str) else repr(entry)[:80]
            refused.append(Refusal(index, shown, exc.code, exc.message))
    return tuple(sorted(accepted)), tuple(refused)
