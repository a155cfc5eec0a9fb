"""Block lists, domain canonicalisation and the hosts section (SPEC §6)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from focusapp.core import blocklist as bl
from focusapp.core.errors import ValidationError
from focusapp.core.models import Settings

PARIS = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
UNTIL = NOW + timedelta(minutes=50)
ASCII_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def refusal(text: object, lenient: bool = False) -> str:
    with pytest.raises(ValidationError) as info:
        (bl.domain_from_user if lenient else bl.canonical_domain)(text)  # type: ignore[arg-type]
    assert info.value.message, "every refusal says why"
    return info.value.code


# ---- presets -----------------------------------------------------------------------------


def test_presets_are_canonical_and_distinct() -> None:
    assert set(bl.PRESETS) == {"social", "news", "video"}
    for name, domains in bl.PRESETS.items():
        assert domains, name
        assert len(set(domains)) == len(domains)
        for domain in domains:
            assert bl.canonical_domain(domain) == domain
        assert bl.preset_domains(name) == domains
    assert "linkedin.com" not in bl.PRESETS["social"]  # a sales tool, not a distraction


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        bl.preset_domains("games")
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
    assert bl.canonical_domain(text) == expected
    assert bl.canonical_domain(expected) == expected


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
        bl.canonical_domain("evil.com\n0.0.0.0 bank.com")
    assert "\n" not in info.value.message
    assert info.value.params["value"] == ascii("evil.com\n0.0.0.0 bank.com")


def test_cyrillic_lookalike_word_is_fine_under_a_cyrillic_tld() -> None:
    assert bl.canonical_domain("сахар.рф").startswith("xn--")
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
    assert bl.domain_from_user(text) == expected


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
    accepted, refused = bl.validate_domains(
        ["B.com", "a.com", "b.com.", "localhost", "x y.com", 7]
    )
    assert accepted == ("a.com", "b.com")
    assert [(r.index, r.code) for r in refused] == [
        (3, "domain.localhost"), (4, "domain.whitespace"), (5, "domain.type")
    ]
    assert all(r.message for r in refused)
    accepted, refused = bl.validate_domains(["https://b.com/x"], lenient=True)
    assert accepted == ("b.com",) and not refused


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
@example("xn--mnchen-3ya.de")
@example("Ａ.ｃｏｍ")
def test_canonical_domain_is_idempotent_and_strict_ascii(text: str) -> None:
    try:
        result = bl.canonical_domain(text)
    except ValidationError as exc:
        assert exc.code.startswith("domain.") and exc.message
        return
    assert bl.canonical_domain(result) == result
    assert result.isascii() and len(result) <= 253 and "." in result
    assert all(ASCII_LABEL.fullmatch(label) for label in result.split("."))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc.-:/@#?[]01 xn\u0430\u200b"), max_size=40))
def test_domain_from_user_result_passes_the_strict_check(text: str) -> None:
    try:
        result = bl.domain_from_user(text)
    except ValidationError:
        return
    assert bl.canonical_domain(result) == result


# ---- the hosts section ---------------------------------------------------------------------


def test_host_forms() -> None:
    assert bl.host_forms("youtube.com") == ("m.youtube.com", "www.youtube.com", "youtube.com")
    assert bl.host_forms("www.youtube.com") == bl.host_forms("youtube.com")
    assert bl.host_forms("m.youtube.com") == bl.host_forms("youtube.com")
    assert bl.host_forms("www.com") == ("m.www.com", "www.com", "www.www.com")  # not "com"
    long_name = ".".join(["a" * 63] * 3) + "." + "b" * 61  # 253 characters
    assert bl.host_forms(long_name) == (long_name,)


def test_hosts_entries_are_deduplicated_sorted_ipv4_and_ipv6() -> None:
    entries = bl.hosts_entries(["youtube.com", "www.youtube.com", "a.io"])
    assert entries == (
        "0.0.0.0 a.io", ":: a.io",
        "0.0.0.0 m.a.io", ":: m.a.io",
        "0.0.0.0 m.youtube.com", ":: m.youtube.com",
        "0.0.0.0 www.a.io", ":: www.a.io",
        "0.0.0.0 www.youtube.com", ":: www.youtube.com",
        "0.0.0.0 youtube.com", ":: youtube.com",
    )
    with pytest.raises(ValidationError):
        bl.hosts_entries(["YouTube.com"])  # callers pass canonical names
    with pytest.raises(ValidationError):
        bl.hosts_entries(["evil.com\n1.2.3.4 bank.com"])


def test_markers_carry_the_token_and_the_expiry_with_offset() -> None:
    lines = bl.section_lines(["a.com"], UNTIL)
    assert lines[0].startswith("# BEGIN focusapp-hosts-block until=2026-11-23T09:50:00+01:00")
    assert lines[-1] == "# END focusapp-hosts-block until=2026-11-23T09:50:00+01:00"
    assert bl.section_lines([], UNTIL) == ()
    assert bl.render_section(["a.com"], UNTIL, "\r\n").count("\r\n") == len(lines)


def test_format_instant_rounds_up_and_needs_an_offset() -> None:
    assert bl.format_instant(UNTIL + timedelta(microseconds=1)) == "2026-11-23T09:50:01+01:00"
    assert bl.format_instant(UNTIL.astimezone(UTC)) == "2026-11-23T08:50:00+00:00"
    with pytest.raises(ValueError):
        bl.format_instant(datetime(2026, 11, 23, 9, 50))
    assert bl.parse_instant("2026-11-23T09:50:00+01:00") == UNTIL
    assert bl.parse_instant("2026-11-23T09:50:00") is None
    assert bl.parse_instant("tomorrow") is None


def test_apply_and_strip_keep_crlf_and_the_missing_final_newline() -> None:
    original = "127.0.0.1 localhost\r\n# BEGIN other-tool\r\n0.0.0.0 x.com\r\n# END other-tool"
    applied = bl.with_section(original, ["a.com"], UNTIL)
    assert applied.startswith(original + "\r\n# BEGIN focusapp-hosts-block")
    assert not applied.endswith("\n")
    assert "\n" not in applied.replace("\r\n", "")  # every line break is CRLF
    assert bl.strip_section(applied) == original
    section = bl.find_section(applied)
    assert section is not None and section.until == UNTIL and section.complete
    assert section.domains == ("a.com",)
    assert set(section.hosts) == {"a.com", "www.a.com", "m.a.com"}


@pytest.mark.parametrize(
    "original",
    ["", "\n", "a", "a\n", "a\r\n", "a\r", "a\r\nb\r", "\r\n\r\n", "x\n\n", "# é ünïcode\n"],
)
def test_round_trip_edge_cases(original: str) -> None:
    applied = bl.with_section(original, ["a.com", "b.org"], UNTIL)
    assert bl.strip_section(applied) == original
    assert bl.with_section(applied, ["c.net"], UNTIL) == bl.with_section(original, ["c.net"],
                                                                         UNTIL)
    assert bl.with_section(original, [], UNTIL) == original


def test_a_section_in_the_middle_is_cut_out_and_the_next_one_goes_at_the_end() -> None:
    applied = bl.with_section("a\n", ["a.com"], UNTIL)
    edited = applied + "user line\n"
    assert bl.strip_section(edited) == "a\nuser line\n"
    again = bl.with_section(edited, ["b.com"], UNTIL)
    assert again.startswith("a\nuser line\n# BEGIN focusapp-hosts-block")


def test_damaged_sections_are_recovered_without_touching_other_lines() -> None:
    begin = bl.begin_marker(UNTIL)
    # BEGIN without END (interrupted in-place write): it and our entry lines go, nothing else
    damaged = f"a\n{begin}\n0.0.0.0 a.com\n:: a.com\nuser line\n"
    assert bl.strip_section(damaged) == "a\nuser line\n"
    section = bl.find_section(damaged)
    assert section is not None and not section.complete and section.expired(NOW)
    # a lone END of ours
    assert bl.strip_section("a\n" + bl.end_marker(UNTIL) + "\nb\n") == "a\nb\n"
    # two sections (never written by us): both go
    twice = bl.with_section("a\n", ["a.com"], UNTIL) + bl.render_section(["b.com"], UNTIL)
    assert bl.strip_section(twice) == "a\n"
    # other tools' markers that look alike are not ours
    others = "# BEGIN focusapp-other\n# END focusapp-hosts-blocker\n# BEGIN focusapp-hosts-block\n"
    assert bl.strip_section(others) == others


def test_sweep() -> None:
    applied = bl.with_section("a\n", ["a.com"], UNTIL)
    assert bl.sweep(applied, NOW) == (applied, False)
    assert bl.sweep(applied, UNTIL - timedelta(seconds=1)) == (applied, False)
    assert bl.sweep(applied, UNTIL) == ("a\n", True)
    assert bl.sweep("a\n", UNTIL) == ("a\n", False)
    unreadable = applied.replace("until=2026-11-23T09:50:00+01:00", "until=soon", 1)
    assert bl.sweep(unreadable, NOW) == ("a\n", True)
    naive = applied.replace("+01:00", "", 1)
    assert bl.sweep(naive, NOW) == ("a\n", True)
    twice = applied + bl.render_section(["b.com"], UNTIL)
    assert bl.sweep(twice, NOW) == ("a\n", True)


# Hosts-like content: comments, other tools' markers, unicode, blank lines, stray CRs.
_LINE = st.one_of(
    st.sampled_from([
        "127.0.0.1 localhost", "::1 localhost ip6-localhost", "# comment", "",
        "# BEGIN SelfControl", "# END SelfControl", "## Hosts file from other-tool ##",
        "#### BEGIN cold-turkey ####", "0.0.0.0 ads.example.com", "\t192.168.1.2\tnas # ü",
        "# focusapp", "# END focusapp", "# BEGIN focusapp-hosts", "   ",
    ]),
    st.text(st.characters(blacklist_characters="\n", blacklist_categories=["Cs"]),
            max_size=30),
)


@st.composite
def hosts_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_LINE, max_size=12))
    crlf = draw(st.booleans())
    endings = [draw(st.sampled_from(["\r\n", "\n"])) if draw(st.booleans()) else
               ("\r\n" if crlf else "\n") for _ in lines]
    text = "".join(line + end for line, end in zip(lines, endings, strict=True))
    if draw(st.booleans()) and text:
        text = text[: -len(endings[-1])]  # no final newline
    return text


_DOMAINS = st.lists(st.sampled_from([
    "a.com", "www.a.com", "m.a.com", "youtube.com", "xn--mnchen-3ya.de", "news.ycombinator.com",
    "b.co.uk", "www.b.co.uk", "x.io",
]), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hosts_texts(), _DOMAINS, _DOMAINS)
def test_property_apply_then_strip_gives_the_text_back(
    original: str, domains: list[str], later: list[str]
) -> None:
    assume(bl.SECTION_TOKEN not in original)
    applied = bl.with_section(original, domains, UNTIL)
    assert bl.strip_section(applied) == original
    # the section holds exactly the canonical lines, in the file's line ending
    newline = bl.detect_newline(original)
    start = applied.index("# BEGIN " + bl.SECTION_TOKEN)
    body = applied[start:].split(newline)
    body = body[:-1] if body[-1] == "" else body
    expected = {f"{a} {n}" for d in domains for n in bl.host_forms(d) for a in ("0.0.0.0", "::")}
    assert body[1:-1] == sorted(expected, key=lambda line: (line.split()[1], line[0] == ":"))
    assert body[0] == bl.begin_marker(UNTIL) and body[-1] == bl.end_marker(UNTIL)
    # everything before it is the original, unchanged
    assert applied[:start] in (original, original + newline)
    # re-applying replaces, never stacks
    reapplied = bl.with_section(applied, later, UNTIL + timedelta(hours=1))
    assert len(bl.find_sections(reapplied)) == 1
    assert bl.strip_section(reapplied) == original
    assert bl.sweep(reapplied, UNTIL + timedelta(hours=2)) == (original, True)


# ---- apps ------------------------------------------------------------------------------------


def test_app_entries_parse_and_print() -> None:
    assert bl.parse_app_entry("steam") == bl.AppRule("steam", bl.AppAction.WARN)
    assert bl.parse_app_entry("close:steam") == bl.AppRule("steam", bl.AppAction.CLOSE)
    assert bl.parse_app_entry("minimize:/usr/bin/slack").is_path
    assert bl.parse_app_entry("kill:/opt/game/run").action is bl.AppAction.KILL
    windows = bl.parse_app_entry(r"C:\Games\game.exe")
    assert windows.target == r"C:\Games\game.exe" and windows.action is bl.AppAction.WARN
    assert windows.is_path
    for entry in ("steam", "close:steam", "suspend:/opt/x", r"C:\x.exe"):
        assert bl.parse_app_entry(entry).to_entry() == entry
    assert bl.AppAction.SUSPEND.forceful and bl.AppAction.KILL.forceful
    assert not any(a.forceful for a in (bl.AppAction.WARN, bl.AppAction.MINIMIZE,
                                        bl.AppAction.CLOSE))


def test_app_rule_matches_exactly_never_a_substring() -> None:
    steam = bl.AppRule("steam")
    assert steam.matches("steam")
    assert steam.matches("whatever", "/usr/games/steam")
    assert not steam.matches("steamwebhelper", "/usr/lib/steam/steamwebhelper")
    assert not steam.matches("Steam")
    assert steam.matches("Steam", case_sensitive=False)
    path = bl.AppRule("/usr/bin/slack")
    assert path.matches("slack", "/usr/bin/slack")
    assert not path.matches("slack", "/opt/slack/slack")
    assert not path.matches("slack", None)
    win = bl.AppRule(r"C:\Games\Game.exe")
    assert win.matches("game.exe", r"c:\games\game.exe", case_sensitive=False)


@pytest.mark.parametrize(
    ("entry", "code"),
    [("", "app.empty"), (" steam", "app.whitespace"), ("steam\n", "app.whitespace"),
     ("st\x00eam", "app.control"), ("st\u200beam", "app.control"),
     ("bin/steam", "app.relative_path"), ("close:", "app.empty"), ("x" * 5000, "app.too_long")],
)
def test_invalid_app_entries(entry: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        bl.parse_app_entry(entry)
    assert info.value.code == code


# ---- the plan of a block ---------------------------------------------------------------------


def test_plan_block_keeps_what_is_valid_and_says_what_is_not() -> None:
    plan = bl.plan_block(
        ["https://www.YouTube.com/feed", "reddit.com", "localhost", "reddit.com."],
        ["steam", "close:/usr/bin/slack", "steam", "bin/x"],
        UNTIL,
        now=NOW,
    )
    assert plan.domains == ("reddit.com", "www.youtube.com")
    assert plan.apps == (bl.AppRule("steam"), bl.AppRule("/usr/bin/slack", bl.AppAction.CLOSE))
    assert [(r.index, r.code) for r in plan.rejected] == [(2, "domain.localhost"),
                                                         (3, "app.relative_path")]
    assert plan.until == UNTIL and plan.blocks_sites
    assert plan.hosts_request() == {"verb": "apply", "domains": ["reddit.com", "www.youtube.com"],
                                    "until": "2026-11-23T09:50:00+01:00"}


def test_plan_block_bounds_the_expiry() -> None:
    with pytest.raises(ValidationError) as info:
        bl.plan_block(["a.com"], [], NOW, now=NOW)
    assert info.value.code == "plan.until_past"
    with pytest.raises(ValidationError) as info:
        bl.plan_block(["a.com"], [], NOW + timedelta(hours=12, seconds=1), now=NOW)
    assert info.value.code == "plan.until_far"
    assert bl.plan_block([], [], NOW + timedelta(hours=12), now=NOW).blocks_sites is False
    with pytest.raises(ValueError):
        bl.plan_block([], [], datetime(2026, 11, 23, 10), now=NOW)


def test_plan_block_caps_the_domain_count() -> None:
    many = [f"site{i}.com" for i in range(bl.MAX_DOMAINS + 5)]
    plan = bl.plan_block(many, [], UNTIL, now=NOW)
    assert len(plan.domains) == bl.MAX_DOMAINS
    assert [r.code for r in plan.rejected] == ["domain.too_many"] * 5


def test_plan_from_settings() -> None:
    settings_ = Settings(blocked_domains=("youtube.com", "bad domain"),
                         blocked_apps=("close:steam",))
    plan = bl.plan_from_settings(settings_, UNTIL, now=NOW)
    assert plan.domains == ("youtube.com",)
    assert plan.apps == (bl.AppRule("steam", bl.AppAction.CLOSE),)
    assert [r.code for r in plan.rejected] == ["domain.whitespace"]


@dataclass(frozen=True)
class _Lists:
    blocked_domains: tuple[str, ...] = ()
    blocked_apps: tuple[str, ...] = ()


def test_plan_from_anything_with_the_two_lists() -> None:
    plan = bl.plan_from_settings(_Lists(("a.com",)), UNTIL, now=NOW)
    assert plan.domains == ("a.com",) and plan.apps == ()
