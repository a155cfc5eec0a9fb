"""The app's section of the hosts file: written, found, stripped, swept (SPEC §6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from focusapp.core import hosts_section as hs
from focusapp.core.errors import ValidationError

PARIS = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)
UNTIL = NOW + timedelta(minutes=50)


def test_host_forms() -> None:
    assert hs.host_forms("youtube.com") == ("m.youtube.com", "www.youtube.com", "youtube.com")
    assert hs.host_forms("www.youtube.com") == hs.host_forms("youtube.com")
    assert hs.host_forms("m.youtube.com") == hs.host_forms("youtube.com")
    assert hs.host_forms("www.com") == ("m.www.com", "www.com", "www.www.com")  # not "com"
    long_name = ".".join(["a" * 63] * 3) + "." + "b" * 61  # 253 characters
    assert hs.host_forms(long_name) == (long_name,)


def test_hosts_entries_are_deduplicated_sorted_ipv4_and_ipv6() -> None:
    entries = hs.hosts_entries(["youtube.com", "www.youtube.com", "a.io"])
    assert entries == (
        "0.0.0.0 a.io", ":: a.io",
        "0.0.0.0 m.a.io", ":: m.a.io",
        "0.0.0.0 m.youtube.com", ":: m.youtube.com",
        "0.0.0.0 www.a.io", ":: www.a.io",
        "0.0.0.0 www.youtube.com", ":: www.youtube.com",
        "0.0.0.0 youtube.com", ":: youtube.com",
    )
    with pytest.raises(ValidationError):
        hs.hosts_entries(["YouTube.com"])  # callers pass canonical names
    with pytest.raises(ValidationError):
        hs.hosts_entries(["evil.com\n1.2.3.4 bank.com"])


def test_markers_carry_the_token_and_the_expiry_with_offset() -> None:
    lines = hs.section_lines(["a.com"], UNTIL)
    assert lines[0].startswith("# BEGIN focusapp-hosts-block until=2026-11-23T09:50:00+01:00")
    assert lines[-1] == "# END focusapp-hosts-block until=2026-11-23T09:50:00+01:00"
    assert hs.section_lines([], UNTIL) == ()
    assert hs.render_section(["a.com"], UNTIL, "\r\n").count("\r\n") == len(lines)


def test_format_instant_rounds_up_and_needs_an_offset() -> None:
    assert hs.format_instant(UNTIL + timedelta(microseconds=1)) == "2026-11-23T09:50:01+01:00"
    assert hs.format_instant(UNTIL.astimezone(UTC)) == "2026-11-23T08:50:00+00:00"
    with pytest.raises(ValueError):
        hs.format_instant(datetime(2026, 11, 23, 9, 50))
    assert hs.parse_instant("2026-11-23T09:50:00+01:00") == UNTIL
    assert hs.parse_instant("2026-11-23T09:50:00") is None
    assert hs.parse_instant("tomorrow") is None


def test_apply_and_strip_keep_crlf_and_the_missing_final_newline() -> None:
    original = "127.0.0.1 localhost\r\n# BEGIN other-tool\r\n0.0.0.0 x.com\r\n# END other-tool"
    applied = hs.with_section(original, ["a.com"], UNTIL)
    assert applied.startswith(original + "\r\n# BEGIN focusapp-hosts-block")
    assert not applied.endswith("\n")
    assert "\n" not in applied.replace("\r\n", "")  # every line break is CRLF
    assert hs.strip_section(applied) == original
    section = hs.find_section(applied)
    assert section is not None and section.until == UNTIL and section.complete
    assert section.domains == ("a.com",)
    assert set(section.hosts) == {"a.com", "www.a.com", "m.a.com"}


@pytest.mark.parametrize(
    "original",
    ["", "\n", "a", "a\n", "a\r\n", "a\r", "a\r\nb\r", "\r\n\r\n", "x\n\n", "# é ünïcode\n"],
)
def test_round_trip_edge_cases(original: str) -> None:
    applied = hs.with_section(original, ["a.com", "b.org"], UNTIL)
    assert hs.strip_section(applied) == original
    assert hs.with_section(applied, ["c.net"], UNTIL) == hs.with_section(original, ["c.net"],
                                                                         UNTIL)
    assert hs.with_section(original, [], UNTIL) == original


def test_a_section_in_the_middle_is_cut_out_and_the_next_one_goes_at_the_end() -> None:
    applied = hs.with_section("a\n", ["a.com"], UNTIL)
    edited = applied + "user line\n"
    assert hs.strip_section(edited) == "a\nuser line\n"
    again = hs.with_section(edited, ["b.com"], UNTIL)
    assert again.startswith("a\nuser line\n# BEGIN focusapp-hosts-block")


def test_damaged_sections_are_recovered_without_touching_other_lines() -> None:
    begin = hs.begin_marker(UNTIL)
    # BEGIN without END (interrupted in-place write): it and our entry lines go, nothing else
    damaged = f"a\n{begin}\n0.0.0.0 a.com\n:: a.com\nuser line\n"
    assert hs.strip_section(damaged) == "a\nuser line\n"
    section = hs.find_section(damaged)
    assert section is not None and not section.complete and section.expired(NOW)
    # a lone END of ours
    assert hs.strip_section("a\n" + hs.end_marker(UNTIL) + "\nb\n") == "a\nb\n"
    # two sections (never written by us): both go
    twice = hs.with_section("a\n", ["a.com"], UNTIL) + hs.render_section(["b.com"], UNTIL)
    assert hs.strip_section(twice) == "a\n"
    # other tools' markers that look alike are not ours
    others = "# BEGIN focusapp-other\n# END focusapp-hosts-blocker\n# BEGIN focusapp-hosts-block\n"
    assert hs.strip_section(others) == others


def test_sweep() -> None:
    applied = hs.with_section("a\n", ["a.com"], UNTIL)
    assert hs.sweep(applied, NOW) == (applied, False)
    assert hs.sweep(applied, UNTIL - timedelta(seconds=1)) == (applied, False)
    assert hs.sweep(applied, UNTIL) == ("a\n", True)
    assert hs.sweep("a\n", UNTIL) == ("a\n", False)
    unreadable = applied.replace("until=2026-11-23T09:50:00+01:00", "until=soon", 1)
    assert hs.sweep(unreadable, NOW) == ("a\n", True)
    naive = applied.replace("+01:00", "", 1)
    assert hs.sweep(naive, NOW) == ("a\n", True)
    twice = applied + hs.render_section(["b.com"], UNTIL)
    assert hs.sweep(twice, NOW) == ("a\n", True)


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
    assume(hs.SECTION_TOKEN not in original)
    applied = hs.with_section(original, domains, UNTIL)
    assert hs.strip_section(applied) == original
    # the section holds exactly the canonical lines, in the file's line ending
    newline = hs.detect_newline(original)
    start = applied.index("# BEGIN " + hs.SECTION_TOKEN)
    body = applied[start:].split(newline)
    body = body[:-1] if body[-1] == "" else body
    expected = {f"{a} {n}" for d in domains for n in hs.host_forms(d) for a in ("0.0.0.0", "::")}
    assert body[1:-1] == sorted(expected, key=lambda line: (line.split()[1], line[0] == ":"))
    assert body[0] == hs.begin_marker(UNTIL) and body[-1] == hs.end_marker(UNTIL)
    # everything before it is the original, unchanged
    assert applied[:start] in (original, original + newline)
    # re-applying replaces, never stacks
    reapplied = hs.with_section(applied, later, UNTIL + timedelta(hours=1))
    assert len(hs.find_sections(reapplied)) == 1
    assert hs.strip_section(reapplied) == original
    assert hs.sweep(reapplied, UNTIL + timedelta(hours=2)) == (original, True)
