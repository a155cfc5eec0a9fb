"""Domains a block may block: presets, canonical names, refusals (SPEC §6)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from focusapp.core import domains as dom
from focusapp.core.errors import ValidationError

ASCII_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def refusal(text: object, lenient: bool = False) -> str:
    with pytest.raises(ValidationError) as info:
        (dom.domain_from_user if lenient else dom.canonical_domain)(text)  # type: ignore[arg-type]
    assert info.value.message, "every refusal says why"
    return info.value.code


# ---- presets -----------------------------------------------------------------------------


def test_presets_are_canonical_and_distinct() -> None:
    assert set(dom.PRESETS) == {"social", "news", "video"}
    for name, domains in dom.PRESETS.items():
        assert domains, name
        assert len(set(domains)) == len(domains)
        for domain in domains:
            assert dom.canonical_domain(domain) == domain
        assert dom.preset_domains(name) == domains
    assert "linkedin.com" not in dom.PRESETS["social"]  # a sales tool, not a distraction


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        dom.preset_domains("games")
    assert info.value.code == "preset.unknown"


# ---- canonicalisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("example.com", "example.com"),
        ("Example.COM", "example.com"),
        ("example.com.", "example.com"),  # one trailing dot dropped
        ("www.youtube.com", "www.youtube.com"),
        ("news.ycombinator.com", "news.ycombinator.com"),
        ("a-b.co.uk", "a-b.co.uk"),
        ("1.2.3.4.com", "1.2.3.4.com"),  # numbers are fine where the last label is not one
        ("münchen.de", "xn--mnchen-3ya.de"),
        ("MÜNCHEN.DE", "xn--mnchen-3ya.de"),
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de"),
        ("пример.рф", "xn--e1afmkfd.xn--p1ai"),
        ("日本語.jp", "xn--wgv71a119e.jp"),
        ("ソニー.jp", "xn--3ck2a1k.jp"),
        ("αβγ.gr", "xn--mxacd.gr"),
        ("ß.de", "xn--zca.de"),  # IDNA 2008: not mapped to "ss"
        ("ＦＡＣＥＢＯＯＫ.com", "facebook.com"),  # UTS 46 width folding
        ("ab．com", "ab.com"),  # full-width full stop is a dot
        ("a" * 63 + ".com", "a" * 63 + ".com"),
        (".".join(["a" * 63] * 3) + "." + "b" * 61, ".".join(["a" * 63] * 3) + "." + "b" * 61),
    ],
)
def test_canonical_domain(text: str, expected: str) -> None:
    assert dom.canonical_domain(text) == expected
    assert dom.canonical_domain(expected) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "domain.empty"),
        (".", "domain.empty"),
        (None, "domain.type"),
        (42, "domain.type"),
        ("x" * 2000, "domain.too_long"),
        # IP literals in every spelling a resolver or a URL parser accepts
        ("127.0.0.1", "domain.ip"),
        ("10.1.2.3", "domain.ip"),
        ("127.1", "domain.ip"),
        ("0177.0.0.1", "domain.ip"),
        ("0x7f.0.0.1", "domain.ip"),
        ("0x7f000001", "domain.ip"),
        ("2130706433", "domain.ip"),
        ("example.123", "domain.ip"),
        ("::1", "domain.ip"),
        ("2001:db8::1", "domain.ip"),
        ("::ffff:127.0.0.1", "domain.ip"),
        ("fe80::1%eth0", "domain.ip"),
        ("[::1]", "domain.ip"),
        ("[2001:db8::1]", "domain.ip"),
        ("１２７．０．０．１", "domain.ip"),  # full-width digits map to an IP
        # local names
        ("localhost", "domain.localhost"),
        ("LOCALHOST.", "domain.localhost"),
        ("app.localhost", "domain.localhost"),
        ("a.b.localhost", "domain.localhost"),
        ("localhost.localdomain", "domain.localhost"),
        ("ｌｏｃａｌｈｏｓｔ", "domain.localhost"),
        ("printer.local", "domain.local"),
        ("my.nas.local.", "domain.local"),
        # characters
        ("exa mple.com", "domain.whitespace"),
        (" example.com", "domain.whitespace"),
        ("example.com\t", "domain.whitespace"),
        ("example.com\u00a0", "domain.whitespace"),
        ("example.com\u3000", "domain.whitespace"),
        ("example.com\n", "domain.newline"),
        ("example.com\r", "domain.newline"),
        ("example.com\n0.0.0.0 evil.com", "domain.newline"),
        ("a\u2028b.com", "domain.newline"),
        ("a\x00b.com", "domain.control"),
        ("a\x1bb.com", "domain.control"),
        ("a\x7fb.com", "domain.control"),
        ("a\u200bb.com", "domain.invisible"),  # zero-width space (UTS 46 would drop it)
        ("a\u200cb.com", "domain.invisible"),
        ("a\u200db.com", "domain.invisible"),
        ("a\u2060b.com", "domain.invisible"),
        ("\ufeffexample.com", "domain.invisible"),
        ("ex\u00adample.com", "domain.invisible"),  # soft hyphen (UTS 46 would drop it)
        ("a\u202eb.com", "domain.invisible"),  # right-to-left override
        ("a\u2066b.com", "domain.invisible"),
        ("a\u200fb.com", "domain.invisible"),
        ("a\u034fb.com", "domain.invisible"),
        ("a\ufe0fb.com", "domain.invisible"),
        ("a\ud800b.com", "domain.invisible_or_char"),
        ("a\ue000b.com", "domain.invalid_char"),
        ("example.com#x", "domain.hash"),
        ("#example.com", "domain.hash"),
        ("example.com＃", "domain.hash"),  # full-width number sign maps to '#'
        ("*.example.com", "domain.wildcard"),
        ("ex*mple.com", "domain.wildcard"),
        ("_dmarc.example.com", "domain.underscore"),
        ("a_b.com", "domain.underscore"),
        ("＿dmarc.com", "domain.underscore"),
        ("ex!ample.com", "domain.invalid_char"),
        ("a[b.com", "domain.invalid_char"),
        ("exa'mple.com", "domain.invalid_char"),
        ("ex%41mple.com", "domain.invalid_char"),
        ("💩.la", "domain.idna"),
        ("☃.net", "domain.idna"),
        # structure
        ("example..com", "domain.label_empty"),
        (".example.com", "domain.label_empty"),
        ("example.com..", "domain.label_empty"),
        ("com", "domain.single_label"),
        ("facebook", "domain.single_label"),
        ("a" * 64 + ".com", "domain.label_long"),
        ("a" * 300 + ".com", "domain.label_long"),
        ("ü" * 60 + ".de", "domain.label_long"),  # the A-label is over 63
        (".".join(["a" * 63] * 4) + ".com", "domain.too_long"),
        ("-example.com", "domain.hyphen"),
        ("example-.com", "domain.hyphen"),
        ("example.-com", "domain.hyphen"),
        ("ab--cd.com", "domain.idna"),
        ("xn--zz.com", "domain.idna"),
        ("xn--a.com", "domain.idna"),
        ("xn--mnchen-3ya-.de", "domain.hyphen"),
        # URLs, ports, users: the strict function takes names only
        ("https://example.com", "domain.url"),
        ("http://example.com/", "domain.url"),
        ("example.com/path", "domain.url"),
        ("example.com?q", "domain.url"),
        ("user@example.com", "domain.url"),
        ("example.com\\x", "domain.url"),
        ("example.com:443", "domain.port"),
        # confusables
        ("fаcebook.com", "domain.mixed_script"),  # Cyrillic а
        ("faceb\u043eok.com", "domain.mixed_script"),  # Cyrillic о
        ("g\u03bfogle.com", "domain.mixed_script"),  # Greek ο
        ("xn--fcebook-2fg.com", "domain.mixed_script"),  # the same, as an A-label
        ("аррӏе.com", "domain.confusable"),  # whole-script Cyrillic look-alike
        ("xn--80ak6aa92e.com", "domain.confusable"),
        ("ɑpple.com", "domain.confusable"),  # Latin alpha
    ],
)
def test_refused_domains(text: object, code: str) -> None:
    got = refusal(text)
    if code == "domain.invisible_or_char":  # a lone surrogate
        assert got in ("domain.invisible", "domain.invalid_char")
    else:
        assert got == code


def test_refusal_message_escapes_the_value() -> None:
    with pytest.raises(ValidationError) as info:
        dom.canonical_domain("evil.com\n0.0.0.0 bank.com")
    assert "\n" not in info.value.message
    assert info.value.params["value"] == ascii("evil.com\n0.0.0.0 bank.com")


def test_cyrillic_lookalike_word_is_fine_under_a_cyrillic_tld() -> None:
    assert dom.canonical_domain("сахар.рф").startswith("xn--")
    assert refusal("сахар.com") == "domain.confusable"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  https://www.YouTube.com:443/feed?x=1#top  ", "www.youtube.com"),
        ("http://example.com", "example.com"),
        ("HTTPS://example.com/", "example.com"),
        ("https://example.com#frag", "example.com"),
        ("https://example.com?q=1", "example.com"),
        ("example.com/watch?v=1", "example.com"),
        ("example.com:8080", "example.com"),
        ("example.com", "example.com"),
        (" Example.com. ", "example.com"),
    ],
)
def test_domain_from_user_strips_scheme_path_and_port(text: str, expected: str) -> None:
    assert dom.domain_from_user(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ftp://example.com", "domain.url"),
        ("javascript://example.com", "domain.url"),
        ("https://user@example.com/", "domain.url"),
        ("user:pw@example.com", "domain.url"),
        ("https://[::1]/", "domain.ip"),
        ("https://127.0.0.1:8080/", "domain.ip"),
        ("https://localhost:3000", "domain.localhost"),
        ("https:///path", "domain.empty"),
        ("exa mple.com", "domain.whitespace"),
        ("example.com # note", "domain.whitespace"),
        ("face#book.com", "domain.hash"),
        ("https://fаcebook.com", "domain.mixed_script"),
    ],
)
def test_domain_from_user_refusals(text: str, code: str) -> None:
    assert refusal(text, lenient=True) == code


def test_validate_domains_dedupes_sorts_and_lists_refusals() -> None:
    accepted, refused = dom.validate_domains(
        ["B.com", "a.com", "b.com.", "localhost", "x y.com", 7]
    )
    assert accepted == ("a.com", "b.com")
    assert [(r.index, r.code) for r in refused] == [
        (3, "domain.localhost"), (4, "domain.whitespace"), (5, "domain.type")
    ]
    assert all(r.message for r in refused)
    accepted, refused = dom.validate_domains(["https://b.com/x"], lenient=True)
    assert accepted == ("b.com",) and not refused


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
@example("xn--mnchen-3ya.de")
@example("Ａ.ｃｏｍ")
def test_canonical_domain_is_idempotent_and_strict_ascii(text: str) -> None:
    try:
        result = dom.canonical_domain(text)
    except ValidationError as exc:
        assert exc.code.startswith("domain.") and exc.message
        return
    assert dom.canonical_domain(result) == result
    assert result.isascii() and len(result) <= 253 and "." in result
    assert all(ASCII_LABEL.fullmatch(label) for label in result.split("."))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc.-:/@#?[]01 xn\u0430\u200b"), max_size=40))
def test_domain_from_user_result_passes_the_strict_check(text: str) -> None:
    try:
        result = dom.domain_from_user(text)
    except ValidationError:
        return
    assert dom.canonical_domain(result) == result


# ---- the systems' own hosts ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    # Defender resets the whole hosts file when these are redirected (HostsFileHijack).
    ("microsoft.com", "domain.reserved_windows"),
    ("www.microsoft.com", "domain.reserved_windows"),
    ("m.microsoft.com", "domain.reserved_windows"),  # its bare form would be listed too
    ("v10.events.data.microsoft.com", "domain.reserved_windows"),
    ("watson.telemetry.microsoft.com", "domain.reserved_windows"),
    ("wdcp.microsoft.com", "domain.reserved_windows"),
    ("www.msftconnecttest.com", "domain.reserved_windows"),
    ("wns.notify.windows.com.akadns.net", "domain.reserved_windows"),
    ("mesu.apple.com", "domain.reserved_apple"),
    ("updates.cdn-apple.com", "domain.reserved_apple"),
    ("time-macos.apple.com", "domain.reserved_apple"),
    ("valid.apple.com", "domain.reserved_apple"),
    ("update.microsoft.com", "domain.reserved"),  # every OS: update, time, certificates
    ("time.apple.com", "domain.reserved"),
])
def test_the_systems_own_hosts_are_never_blocked(text: str, code: str) -> None:
    assert refusal(text) == code
    assert refusal(f"https://{text}/x", lenient=True) == code


@pytest.mark.parametrize("text", ["teams.microsoft.com", "outlook.live.com", "tv.apple.com",
                                  "apple.com", "notmicrosoft.com", "microsoft.com.example"])
def test_the_systems_other_sites_stay_blockable(text: str) -> None:
    assert dom.canonical_domain(text) == text
