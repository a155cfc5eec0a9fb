"""focusapp-hosts-helper, the privileged hosts-file editor (SPEC §6, DESIGN "Distraction blocking").

Three levels, all real:
- in process (`helper.handle`) on temp files, for the protocol, the caps and the write paths;
- the real helper as a subprocess (``python -m focusapp.services.blocking.helper``) with
  its hidden ``--test-hosts-path`` on a temp file, fed 1,000+ hostile domains;
- the real helper inside a private mount namespace (``unshare -m``) where a temp file is
  bind-mounted over /etc/hosts, so the helper writes "/etc/hosts" and `getent` really
  resolves through it, while the machine's own /etc/hosts is never touched (checked).
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import random
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import idna
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focusapp.core import domains as dom
from focusapp.core import hosts_section as hs
from focusapp.services.blocking import helper, hosts_systems

ROOT = Path(__file__).resolve().parents[2]
HELPER_CMD = [sys.executable, "-I", "-m", "focusapp.services.blocking.helper"]
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
ORIGINAL = b"127.0.0.1 localhost\n::1 localhost ip6-localhost\n# a comment \xc3\xa9\n"


def until(minutes: float = 50, now: datetime = NOW) -> str:
    return hs.format_instant(now + timedelta(minutes=minutes))


def req(verb: str, **fields: Any) -> bytes:
    return json.dumps({"verb": verb, **fields}).encode()


def call(hosts: Path, data: bytes, now: datetime = NOW,
         environ: Mapping[str, str] | None = None) -> tuple[dict[str, Any], int]:
    """The helper in process, always on a test file (never the real hosts path)."""
    answer, code = helper.handle(data, environ or {}, now, test_path=str(hosts))
    assert (code == 0) == answer["ok"]
    json.dumps(answer)  # always serialisable
    return answer, code


@pytest.fixture
def hosts(tmp_path: Path) -> Path:
    path = tmp_path / "etc" / "hosts"
    path.parent.mkdir()
    path.write_bytes(ORIGINAL)
    return path


# ---- protocol, in process ---------------------------------------------------------------


def test_apply_status_clear(hosts: Path) -> None:
    answer, code = call(hosts, req("apply", domains=["YouTube.com", "www.reddit.com"],
                                   until=until()))
    assert code == 0 and answer["changed"] and answer["write"] == "atomic"
    assert answer["domains"] == ["reddit.com", "youtube.com"]
    assert answer["until"] == "2026-11-23T08:50:00+00:00" and answer["host_count"] == 6
    assert answer["dns_flush"].startswith("skipped")  # test file: the machine is left alone
    text = hosts.read_bytes()
    assert text.startswith(ORIGINAL) and b"0.0.0.0 m.youtube.com\n:: m.youtube.com\n" in text

    answer, _ = call(hosts, req("status"))
    assert answer["section"] and answer["domains"] == ["reddit.com", "youtube.com"]
    assert not answer["changed"] and "dns_flush" not in answer

    answer, code = call(hosts, req("clear"))
    assert code == 0 and answer["changed"] and not answer["section"]
    assert hosts.read_bytes() == ORIGINAL
    answer, _ = call(hosts, req("clear"))
    assert not answer["changed"]
    assert [p.name for p in hosts.parent.iterdir()] == ["hosts"]  # no temp file left


def test_apply_replaces_the_previous_section(hosts: Path) -> None:
    call(hosts, req("apply", domains=["a.com"], until=until()))
    answer, _ = call(hosts, req("apply", domains=["b.com"], until=until(90)))
    assert answer["domains"] == ["b.com"]
    text = hosts.read_text(encoding="utf-8")
    assert text.count("# BEGIN focusapp-hosts-block") == 1 and "a.com" not in text
    call(hosts, req("clear"))
    assert hosts.read_bytes() == ORIGINAL


def test_an_expired_section_is_removed_by_any_call(hosts: Path) -> None:
    for data in (req("status"), req("sweep"), req("clear"), b"not json",
                 req("apply", domains=["localhost"], until=until()),
                 req("apply", domains=["c.com"], until=until())):
        hosts.write_bytes(hs.with_section(ORIGINAL.decode(), ["a.com"],
                                          NOW - timedelta(seconds=1)).encode())
        answer, _ = call(hosts, data)
        assert answer["swept"] is True, data
        section = hs.find_section(hosts.read_text(encoding="utf-8"))
        assert section is None or section.domains == ("c.com",)
    assert hs.strip_section(hosts.read_text(encoding="utf-8")).encode() == ORIGINAL


def test_a_running_section_survives_status_and_sweep(hosts: Path) -> None:
    call(hosts, req("apply", domains=["a.com"], until=until(10)))
    applied = hosts.read_bytes()
    assert call(hosts, req("sweep"))[0]["swept"] is False
    assert call(hosts, req("status"), now=NOW + timedelta(minutes=9))[0]["section"] is True
    assert hosts.read_bytes() == applied
    answer, _ = call(hosts, req("sweep"), now=NOW + timedelta(minutes=10))
    assert answer["swept"] and not answer["section"] and hosts.read_bytes() == ORIGINAL


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", "bad_json"),
        (b"{", "bad_json"),
        (b"[]", "bad_json"),
        (b'"apply"', "bad_json"),
        (b"\xff\xfe{}", "bad_json"),
        (b'{"verb": "status", "verb": "clear"}', "bad_json"),  # duplicate key
        (b'{"verb": "apply", "domains": ["a.com"], "until": NaN}', "bad_json"),
        (b"[" * 50_000, "bad_json"),
        (b"{}", "unknown_verb"),
        (req("delete"), "unknown_verb"),
        (req("APPLY"), "unknown_verb"),
        (b'{"verb": ["apply"]}', "unknown_verb"),
        (req("clear", domains=["a.com"]), "unknown_field"),
        (req("status", path="/etc/passwd"), "unknown_field"),
        (req("apply", domains=["a.com"], until=until(), path="/etc/shadow"), "unknown_field"),
        (req("apply", until=until()), "bad_domains"),
        (req("apply", domains="a.com", until=until()), "bad_domains"),
        (req("apply", domains=[], until=until()), "no_domains"),
        (req("apply", domains=["a.com"] * 2001, until=until()), "too_many_domains"),
        (req("apply", domains=["a.com"]), "bad_until"),
        (req("apply", domains=["a.com"], until="2026-11-23T09:00:00"), "bad_until"),  # naive
        (req("apply", domains=["a.com"], until="soon"), "bad_until"),
        (req("apply", domains=["a.com"], until=1700000000), "bad_until"),
        (req("apply", domains=["a.com"], until=until(0)), "until_in_past"),
        (req("apply", domains=["a.com"], until=until(-5)), "until_in_past"),
        (req("apply", domains=["a.com"], until=until(12 * 60 + 1)), "duration_too_long"),
        (json.dumps({"verb": "apply", "domains": ["a" * 60 + ".com"] * 1100,
                     "until": until()}).encode(), "input_too_large"),
        (req("apply", domains=["a.com", "b c.com"], until=until()), "invalid_domains"),
    ],
)
def test_refused_requests_change_nothing(hosts: Path, data: bytes, error: str) -> None:
    answer, code = call(hosts, data)
    assert answer["error"] == error and answer["message"]
    assert code == helper.EXIT_REQUEST
    assert hosts.read_bytes() == ORIGINAL


def test_caps_at_the_limit_are_accepted(hosts: Path) -> None:
    domains = [f"s{i}.example.com" for i in range(helper.MAX_DOMAINS)]
    answer, code = call(hosts, req("apply", domains=domains, until=until(12 * 60)))
    assert code == 0 and answer["host_count"] == 3 * helper.MAX_DOMAINS


def test_invalid_domains_are_all_listed_with_reasons(hosts: Path) -> None:
    answer, _ = call(hosts, req("apply", domains=["ok.com", "127.0.0.1", "a\nb.com", None],
                                until=until()))
    assert [(i["index"], i["code"]) for i in answer["invalid"]] == [
        (1, "domain.ip"), (2, "domain.newline"), (3, "domain.type")]
    assert all(i["reason"] for i in answer["invalid"])
    assert answer["invalid"][1]["value"] == ascii("a\nb.com")


def test_missing_hosts_file(tmp_path: Path) -> None:
    missing = tmp_path / "hosts"
    answer, code = call(missing, req("status"))
    assert code == 0 and answer["section"] is False
    answer, code = call(missing, req("apply", domains=["a.com"], until=until()))
    assert answer["error"] == "hosts_missing" and code == helper.EXIT_HOSTS
    assert not missing.exists()


def test_symlinked_or_special_hosts_files_are_refused(hosts: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(hosts)
    for verb in ("apply", "clear", "status", "sweep"):
        data = req(verb, domains=["a.com"], until=until()) if verb == "apply" else req(verb)
        answer, code = call(link, data)
        assert answer["error"] == "hosts_symlink" and code == helper.EXIT_HOSTS
    assert link.is_symlink() and hosts.read_bytes() == ORIGINAL
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    answer, _ = call(fifo, req("status"))
    assert answer["error"] == "hosts_not_regular"
    answer, _ = call(tmp_path, req("status"))
    assert answer["error"] == "hosts_not_regular"


def test_file_mode_and_owner_are_kept(hosts: Path) -> None:
    hosts.chmod(0o640)
    inode = hosts.stat().st_ino
    call(hosts, req("apply", domains=["a.com"], until=until()))
    assert stat.S_IMODE(hosts.stat().st_mode) == 0o640
    assert hosts.stat().st_ino != inode  # replaced by rename


@pytest.mark.parametrize("code", [errno.EBUSY, errno.EXDEV, errno.EPERM])
def test_rename_failure_falls_back_to_an_in_place_write(
    hosts: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise OSError(code, os.strerror(code), dst)

    monkeypatch.setattr(os, "replace", refuse)
    inode = hosts.stat().st_ino
    answer, _ = call(hosts, req("apply", domains=["a.com"], until=until()))
    assert answer["write"] == "in_place" and hosts.stat().st_ino == inode
    assert hs.find_section(hosts.read_text(encoding="utf-8")) is not None
    answer, _ = call(hosts, req("clear"))  # shorter content: truncated in place
    assert answer["write"] == "in_place" and hosts.read_bytes() == ORIGINAL
    assert [p.name for p in hosts.parent.iterdir()] == ["hosts"]


def test_other_rename_errors_are_reported_and_leave_no_temp_file(
    hosts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.EIO, "I/O error", dst)

    monkeypatch.setattr(os, "replace", refuse)
    answer, code = call(hosts, req("apply", domains=["a.com"], until=until()))
    assert answer["error"] == "io" and code == helper.EXIT_IO
    assert hosts.read_bytes() == ORIGINAL
    assert [p.name for p in hosts.parent.iterdir()] == ["hosts"]


def test_a_mount_point_is_written_in_place_without_a_temp_file(
    hosts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(helper, "is_mount_point", lambda path: True)
    monkeypatch.setattr(tempfile, "mkstemp", pytest.fail)
    answer, _ = call(hosts, req("apply", domains=["a.com"], until=until()))
    assert answer["write"] == "in_place"


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_folder_falls_back_to_an_in_place_write(
    hosts: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    answer, _ = call(hosts, req("apply", domains=["a.com"], until=until()))
    assert answer["write"] == "in_place"
    call(hosts, req("clear"))
    assert hosts.read_bytes() == ORIGINAL


def test_mountinfo_parsing() -> None:
    assert helper._unescape_mountinfo(r"/tmp/a\040b") == "/tmp/a b"
    assert helper._unescape_mountinfo(r"/x\134y") == "/x\\y"
    assert helper.is_mount_point("/")
    assert not helper.is_mount_point(str(ROOT / "pyproject.toml"))


def test_hosts_path_is_a_constant_and_the_test_override_is_guarded() -> None:
    assert helper.hosts_target(None, {}, "linux").path == "/etc/hosts"
    assert helper.hosts_target(None, {"FOCUSAPP_HOSTS_TEST_PATH": "/tmp/h"}, "linux").path == (
        "/etc/hosts")  # the environment is no way in any more: only the argument is
    assert helper.hosts_target("/tmp/h", {}, "linux", False).test
    refusals = [
        ("/tmp/h", {}, True),  # frozen bundle
        ("/tmp/h", {"PKEXEC_UID": "1000"}, False),
        ("relative/hosts", {}, False),
        ("", {}, False),
    ]
    for test_path, environ, frozen in refusals:
        with pytest.raises(helper.HelperError) as info:
            helper.hosts_target(test_path, environ, "linux", frozen)
        assert info.value.error == "test_path_refused"


def test_other_systems_are_reported_unsupported() -> None:
    answer, code = helper.handle(req("status"), {}, NOW, platform="freebsd14")
    assert answer["error"] == "unsupported" and code == helper.EXIT_UNSUPPORTED
    assert "exists for Linux, macOS and Windows" in answer["message"]


def _fake_tool(folder: Path, name: str, status: int, stderr: str = "") -> None:
    tool = folder / name
    tool.write_text(f"#!/bin/sh\necho '{stderr}' >&2\nexit {status}\n")
    tool.chmod(0o755)


def test_dns_flush(tmp_path: Path) -> None:
    linux = dataclasses.replace(hosts_systems.LINUX, tool_path=str(tmp_path))
    assert helper.flush_dns(test=False, system=linux).startswith("unavailable:")
    _fake_tool(tmp_path, "resolvectl", 1, "Failed to flush caches: Unit dbus not found")
    result = helper.flush_dns(test=False, system=linux)
    assert result == ("failed: resolvectl flush-caches exited 1 "
                      "(Failed to flush caches: Unit dbus not found)")
    _fake_tool(tmp_path, "nscd", 0)
    assert helper.flush_dns(test=False, system=linux) == "ok: nscd -i hosts"
    _fake_tool(tmp_path, "resolvectl", 0)
    assert helper.flush_dns(test=False, system=linux) == "ok: resolvectl flush-caches"
    assert helper.flush_dns(test=True).startswith("skipped")


# ---- property: any existing content comes back byte for byte -----------------------------

_LINES = st.one_of(
    st.sampled_from([
        b"127.0.0.1 localhost", b"::1 localhost", b"# comment", b"", b"   ",
        b"# BEGIN SelfControl", b"# END SelfControl", b"#### BEGIN cold-turkey ####",
        b"# >>> other tool >>>", b"0.0.0.0 ads.example.com", b"\t10.0.0.2\tnas  # \xc3\xbc",
        b"# caf\xe9 latin-1", b"\xff\xfe not utf-8", b"# focusapp", b"# END focusapp",
    ]),
    st.text(max_size=25).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
    st.binary(max_size=25).map(lambda b: b.replace(b"\n", b" ")),
)


@st.composite
def hosts_bytes(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(_LINES, max_size=10))
    style = draw(st.sampled_from([b"\n", b"\r\n"]))
    ends = [style if draw(st.integers(0, 4)) else draw(st.sampled_from([b"\n", b"\r\n"]))
            for _ in lines]
    data = b"".join(line + end for line, end in zip(lines, ends, strict=True))
    if data and draw(st.booleans()):
        data = data[: -len(ends[-1])]  # no final newline
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hosts_bytes(), st.lists(st.sampled_from(
    ["a.com", "www.a.com", "youtube.com", "München.de", "news.ycombinator.com", "b.co.uk"]),
    min_size=1, max_size=5))
def test_property_apply_then_clear_gives_the_file_back(original: bytes,
                                                       domains: list[str]) -> None:
    if hs.SECTION_TOKEN.encode() in original:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hosts"
        path.write_bytes(original)
        answer, code = call(path, req("apply", domains=domains, until=until()))
        assert code == 0, answer
        applied = path.read_bytes()
        text = applied.decode("utf-8", "surrogateescape")
        newline = hs.detect_newline(original.decode("utf-8", "surrogateescape"))
        begin = text.index("# BEGIN " + hs.SECTION_TOKEN)
        assert text[:begin].encode("utf-8", "surrogateescape") in (original,
                                                                   original + newline.encode())
        section = text[begin:].split(newline)
        section = section[:-1] if section[-1] == "" else section
        canonical = sorted({dom.canonical_domain(d) for d in domains})
        assert section == list(hs.section_lines(canonical, NOW + timedelta(minutes=50)))
        answer, code = call(path, req("clear"))
        assert code == 0 and path.read_bytes() == original


# ---- the real helper, as a subprocess, against hostile input -----------------------------


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k != "PKEXEC_UID" and not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def run_helper(hosts: Path, data: bytes, **extra_env: str) -> tuple[dict[str, Any], int]:
    """The real helper executable on a test file (never without --test-hosts-path)."""
    done = subprocess.run([*HELPER_CMD, helper.TEST_PATH_FLAG, str(hosts)], input=data,
                          capture_output=True, env=clean_env(**extra_env), cwd=ROOT,
                          timeout=60, check=False)
    lines = done.stdout.decode("ascii").splitlines()
    assert len(lines) == 1, (done.stdout, done.stderr)
    return json.loads(lines[0]), done.returncode


_INSERTS = {
    "domain.newline": ["\n", "\r", "\r\n", "\u2028", "\u0085"],
    "domain.whitespace": [" ", "\t", "\u3000", "\u00a0", "\x0b", "\x0c", "\u2003"],
    "domain.control": ["\x00", "\x01", "\x1b", "\x7f", "\x9f"],
    "domain.invisible": ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e",
                         "\u202d", "\u2066", "\u200e", "\u200f", "\u034f", "\ufe0f"],
    "domain.hash": ["#", "#x", "＃"],
    "domain.wildcard": ["*"],
    "domain.underscore": ["_", "＿"],
    "domain.url": ["/", "@", "?", "\\", "／"],
    "domain.invalid_char": ["!", "$", "'", '"', "<", ">", ",", ";", "=", "%", "{", "(", "~"],
}
_BASES = ["facebook.com", "youtube.com", "www.reddit.com", "news.ycombinator.com", "x.com",
          "bbc.co.uk", "m.twitch.tv", "example.org"]
_LOOKALIKES = {"a": "аα", "e": "е", "o": "оο", "p": "р", "c": "с", "y": "у", "x": "х",
               "i": "іι", "j": "ј", "s": "ѕ", "v": "ν", "h": "һ", "d": "ԁ"}
_CONFUSABLE = {"domain.mixed_script", "domain.confusable"}


def hostile_domains() -> list[tuple[object, set[str]]]:
    """1,000+ malformed or hostile entries, each with the refusal code(s) it must get."""
    rng = random.Random(20261123)
    out: list[tuple[object, set[str]]] = []
    for base in _BASES:
        for code, chars in _INSERTS.items():
            for ch in chars:
                for at in (0, len(base) // 2, len(base)):
                    out.append((base[:at] + ch + base[at:], {code}))
        out.append((base + "\n0.0.0.0 bank.example", {"domain.newline"}))
        out.append((base + " # comment", {"domain.whitespace"}))
        # confusables: one letter swapped for a Cyrillic or Greek look-alike, and A-labels
        for index, letter in enumerate(base):
            for fake in _LOOKALIKES.get(letter, ""):
                spoof = base[:index] + fake + base[index + 1:]
                out.append((spoof, _CONFUSABLE))
                labels = spoof.split(".")
                out.append((".".join(idna.alabel(label).decode() if not label.isascii()
                                     else label for label in labels), _CONFUSABLE))
        for url in (f"https://{base}", f"http://{base}/feed", f"//{base}", f"{base}/x",
                    f"user@{base}", f"{base}?q=1"):
            out.append((url, {"domain.url"}))
        out.append((f"{base}:443", {"domain.port"}))
        out.append((f"*.{base}", {"domain.wildcard"}))
        out.append((f"-{base}", {"domain.hyphen"}))
        out.append((f"{base}..", {"domain.label_empty"}))
        out.append((f".{base}", {"domain.label_empty"}))
        out.append((base.replace(".", ".."), {"domain.label_empty"}))
    out += [(w, {"domain.confusable"}) for w in ("аррӏе.com", "раураӏ.com", "ѕсоре.net",
                                                  "хох.org", "ορο.com")]
    for _ in range(60):
        ip = ".".join(str(rng.randrange(256)) for _ in range(4))
        number = int.from_bytes(bytes(int(p) for p in ip.split(".")), "big")
        first, *rest = ip.split(".")
        out += [(ip, {"domain.ip"}), (str(number), {"domain.ip"}), (hex(number), {"domain.ip"}),
                (".".join([oct(int(first)).replace("0o", "0"), *rest]), {"domain.ip"}),
                (f"{first}.{rng.randrange(1 << 24)}", {"domain.ip"}),
                (f"example.{rng.randrange(1000)}", {"domain.ip"})]
    for _ in range(30):
        v6 = ":".join(f"{rng.randrange(1 << 16):x}" for _ in range(8))
        out += [(v6, {"domain.ip"}), (f"[{v6}]", {"domain.ip"}), (f"{v6}%eth0", {"domain.ip"})]
    out += [(s, {"domain.ip"}) for s in ("::1", "::", "[::1]", "::ffff:127.0.0.1", "0x7f.1",
                                         "１２７．０．０．１", "0", "0x0", "127.1.")]
    words = ["printer", "nas", "router", "mac-mini", "kitchen-tv", "foo", "bar", "a1", "b-2"]
    for word in words:
        out += [(f"{word}.localhost", {"domain.localhost"}),
                (f"{word}.{word}.localhost.", {"domain.localhost"}),
                (f"{word}.local", {"domain.local"}), (f"{word}.home.local.", {"domain.local"}),
                (word, {"domain.single_label"})]
    out += [(s, {"domain.localhost"}) for s in ("localhost", "LOCALHOST", "localhost.",
                                                "localhost.localdomain", "ip6-localhost",
                                                "ｌｏｃａｌｈｏｓｔ")]
    for length in range(64, 301, 8):
        out.append(("a" * length + ".com", {"domain.label_long"}))
        out.append(("www." + "b" * length + ".org", {"domain.label_long"}))
    for count in range(4, 12):
        out.append((".".join(["c" * 63] * count), {"domain.too_long"}))
    out.append(("d" * 5000, {"domain.too_long"}))
    out += [("", {"domain.empty"}), (".", {"domain.empty"}), ("..", {"domain.label_empty"}),
            ("com", {"domain.single_label"}), ("ab--cd.com", {"domain.idna"}),
            ("xn--zz.com", {"domain.idna"}), ("xn--a.com", {"domain.idna"}),
            ("xn--.com", {"domain.hyphen"}), ("💩.la", {"domain.idna"}),
            ("☃.com", {"domain.idna"}), ("a→b.com", {"domain.idna"}),
            ("ɑpple.com", {"domain.confusable"})]
    out += [(v, {"domain.type"}) for v in (None, 1, 1.5, True, [], {}, ["a.com"], {"a": 1})]
    seen: set[str] = set()
    unique: list[tuple[object, set[str]]] = []
    for value, codes in out:
        key = json.dumps(value)
        if key not in seen:
            seen.add(key)
            unique.append((value, codes))
    return unique


HOSTILE = hostile_domains()


def _batches(items: list[tuple[object, set[str]]], budget: int,
             count: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    size = 0
    for item in items:
        length = len(json.dumps(item[0])) + 2
        if batch and (size + length > budget or len(batch) == count):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
    if batch:
        yield batch


def test_hostile_domains_never_reach_the_file_batched(hosts: Path) -> None:
    assert len(HOSTILE) >= 1000
    total = 0
    runs = 0
    for batch in _batches(HOSTILE, 60_000, 250):
        runs += 1
        answer, code = run_helper(hosts, req("apply", domains=[v for v, _ in batch],
                                             until=hs.format_instant(datetime.now(UTC)
                                                                     + timedelta(hours=1))))
        assert code == helper.EXIT_REQUEST and answer["error"] == "invalid_domains"
        assert [i["index"] for i in answer["invalid"]] == list(range(len(batch)))
        for item, (value, codes) in zip(answer["invalid"], batch, strict=True):
            assert item["reason"], value
            assert item["code"] in codes, (value, item)
        assert hosts.read_bytes() == ORIGINAL
        total += len(batch)
    assert total == len(HOSTILE) and runs >= 8


def test_a_single_hostile_domain_spoils_a_whole_apply(hosts: Path) -> None:
    rng = random.Random(7)
    good = ["youtube.com", "reddit.com", "news.ycombinator.com"]
    for value, codes in rng.sample(HOSTILE, 5):
        domains = [*good[:2], value, good[2]]
        answer, code = run_helper(hosts, req("apply", domains=domains, until=hs.format_instant(
            datetime.now(UTC) + timedelta(hours=1))))
        assert code == helper.EXIT_REQUEST
        assert [(i["index"], i["code"] in codes) for i in answer["invalid"]] == [(2, True)]
        assert hosts.read_bytes() == ORIGINAL


def test_hostile_domains_one_call_each(tmp_path: Path) -> None:
    rng = random.Random(11)
    sample = rng.sample(HOSTILE, 80)
    deadline = hs.format_instant(datetime.now(UTC) + timedelta(hours=1))

    def one(index: int) -> None:
        value, codes = sample[index]
        path = tmp_path / f"h{index}" / "hosts"
        path.parent.mkdir()
        path.write_bytes(ORIGINAL)
        answer, code = run_helper(path, req("apply", domains=[value], until=deadline))
        assert code == helper.EXIT_REQUEST, (value, answer)
        assert len(answer["invalid"]) == 1 and answer["invalid"][0]["code"] in codes
        assert answer["invalid"][0]["reason"]
        assert path.read_bytes() == ORIGINAL
        assert [p.name for p in path.parent.iterdir()] == ["hosts"]

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(one, range(len(sample))))


def test_concurrent_calls_are_serialised(hosts: Path) -> None:
    deadline = hs.format_instant(datetime.now(UTC) + timedelta(hours=1))
    requests = [req("apply", domains=[f"site{i}.com"], until=deadline) for i in range(6)]
    requests += [req("status"), req("sweep")]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda data: run_helper(hosts, data), requests))
    assert all(code == 0 for _, code in answers), answers
    text = hosts.read_text(encoding="utf-8")
    assert len(hs.find_sections(text)) == 1
    assert hs.strip_section(text).encode() == ORIGINAL
    assert [p.name for p in hosts.parent.iterdir()] == ["hosts"]


def test_the_executable_answers_one_json_object(hosts: Path) -> None:
    answer, code = run_helper(hosts, req("status"))
    assert code == 0 and answer == {
        "ok": True, "verb": "status", "changed": False, "swept": False, "write": None,
        "file": str(hosts), "test_path": True, "section": False, "until": None,
        "domains": [], "host_count": 0}
    for args in (["--hosts", "/etc/passwd"], [helper.TEST_PATH_FLAG, str(hosts), "--x"],
                 [helper.TEST_PATH_FLAG], ["--help"]):
        done = subprocess.run([*HELPER_CMD, *args], input=req("status"), capture_output=True,
                              env=clean_env(), cwd=ROOT, timeout=60, check=False)
        assert done.returncode == helper.EXIT_REQUEST, args
        assert json.loads(done.stdout)["error"] == "arguments"
    answer, code = run_helper(hosts, b"x" * (helper.MAX_INPUT_BYTES * 4))
    assert answer["error"] == "input_too_large" and code == helper.EXIT_REQUEST


def test_the_executable_refuses_its_test_path_under_pkexec(hosts: Path) -> None:
    """pkexec passes arguments on: under it, the test path must never aim root's writes."""
    answer, code = run_helper(hosts, req("apply", domains=["a.com"], until=later(30)),
                              PKEXEC_UID="1000")
    assert answer["error"] == "test_path_refused" and code == helper.EXIT_REQUEST
    assert hosts.read_bytes() == ORIGINAL


# ---- as root, what runs must not depend on the caller ------------------------------------

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="the install rules bind root only")
LAUNCHER = ROOT / "packaging" / "linux" / "focusapp-hosts-helper"


def helper_copy(tmp_path: Path, *, test_build: bool = True) -> Path:
    """A root-owned copy of the package in a folder of its own, as an install would be."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "focusapp", site / "focusapp", ignore=shutil.ignore_patterns(
        "__pycache__", helper.TEST_BUILD_MARKER, "i18n", "assets"))
    if test_build:
        (site / "focusapp" / "services" / "blocking" / helper.TEST_BUILD_MARKER).write_text("")
    return site


def run_copy(site: Path, hosts: Path, data: bytes) -> tuple[dict[str, Any], int]:
    """The helper of `site`, started isolated (-I) as a launcher would, on a test file."""
    code = ("import runpy, sys; sys.path.insert(0, sys.argv.pop(1)); "
            "runpy.run_module('focusapp.services.blocking.helper', run_name='__main__')")
    done = subprocess.run([sys.executable, "-I", "-c", code, str(site), helper.TEST_PATH_FLAG,
                           str(hosts)], input=data, capture_output=True, env=clean_env(),
                          cwd=ROOT, timeout=60, check=False)
    assert done.stderr == b"", done.stderr
    return json.loads(done.stdout), done.returncode


@needs_root
def test_as_root_the_test_path_is_honoured_only_in_a_test_build(hosts: Path,
                                                                tmp_path: Path) -> None:
    """A sudo rule for a pip install's helper would otherwise let its caller aim root's
    writes at any file: a wheel has no TEST_BUILD marker."""
    apply = req("apply", domains=["a.com"], until=later(30))
    answer, code = run_copy(helper_copy(tmp_path, test_build=False), hosts, apply)
    assert answer["error"] == "test_path_refused" and code == helper.EXIT_REQUEST
    assert "not a test build" in answer["message"] and hosts.read_bytes() == ORIGINAL
    shutil.rmtree(tmp_path / "site")
    answer, code = run_copy(helper_copy(tmp_path), hosts, apply)
    assert code == helper.EXIT_OK and answer["changed"], answer


@needs_root
def test_as_root_the_test_path_is_refused_under_sudo(hosts: Path) -> None:
    answer, code = run_helper(hosts, req("apply", domains=["a.com"], until=later(30)),
                              SUDO_UID="1000")
    assert answer["error"] == "test_path_refused" and code == helper.EXIT_REQUEST
    assert "sudo" in answer["message"] and hosts.read_bytes() == ORIGINAL


def sitecustomize(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose PYTHONPATH runs code at interpreter start, and its trace."""
    folder = tmp_path / "caller"
    folder.mkdir()
    trace = tmp_path / "sitecustomize-ran"
    (folder / "sitecustomize.py").write_text(f"open({str(trace)!r}, 'w').close()\n")
    return {"PYTHONPATH": str(folder)}, trace


@needs_root
@pytest.mark.parametrize("start", ["pip entry point", "python -m"])
def test_as_root_a_python_not_started_isolated_is_refused(hosts: Path, tmp_path: Path,
                                                          start: str) -> None:
    env, trace = sitecustomize(tmp_path)
    command = ([str(Path(sys.executable).parent / "focusapp-hosts-helper")]
               if start == "pip entry point"
               else [sys.executable, "-m", "focusapp.services.blocking.helper"])
    done = subprocess.run([*command, helper.TEST_PATH_FLAG, str(hosts)],
                          input=req("apply", domains=["a.com"], until=later(30)),
                          capture_output=True, env=clean_env(**env), cwd=ROOT, timeout=60,
                          check=False)
    assert done.returncode == helper.EXIT_INSTALL, done
    assert json.loads(done.stdout)["error"] == "not_isolated"
    assert hosts.read_bytes() == ORIGINAL
    assert trace.exists()  # what the refusal cannot undo: why the launcher must pass -I


@needs_root
def test_the_launcher_keeps_the_callers_environment_out(hosts: Path, tmp_path: Path) -> None:
    env, trace = sitecustomize(tmp_path)
    callers_tmp = tmp_path / "callers-tmp"  # where a test file's lock would go otherwise
    callers_tmp.mkdir()
    env["TMPDIR"] = str(callers_tmp)
    launcher = tmp_path / "focusapp-hosts-helper"  # as a packager installs it: PYTHON set
    text = LAUNCHER.read_text(encoding="utf-8")
    assert text.count("\nPYTHON=") == 1
    launcher.write_text(re.sub(r"(?m)^PYTHON=.*$", f"PYTHON={shlex.quote(sys.executable)}",
                               text), encoding="utf-8")
    launcher.chmod(0o755)
    apply = req("apply", domains=["a.com"], until=later(30))
    for extra in ({}, {"PKEXEC_UID": "1000"}, {"SUDO_UID": "1000"}):
        done = subprocess.run([str(launcher), helper.TEST_PATH_FLAG, str(hosts)], input=apply,
                              capture_output=True, env=clean_env(**env, **extra),
                              cwd=tmp_path, timeout=60, check=False)
        answer = json.loads(done.stdout)
        if extra:  # who started it still reaches the helper through the empty environment
            assert answer["error"] == "test_path_refused", (extra, answer)
        else:
            assert done.returncode == helper.EXIT_OK and answer["changed"], answer
    assert not trace.exists() and not list(callers_tmp.iterdir())


@needs_root
@pytest.mark.parametrize("unsafe", ["folder 0777", "file 0666", "file of nobody"])
def test_as_root_code_that_others_can_change_is_refused(hosts: Path, tmp_path: Path,
                                                        unsafe: str) -> None:
    site = helper_copy(tmp_path)
    core = site / "focusapp" / "core"
    changed = {"folder 0777": core, "file 0666": core / "domains.py",
               "file of nobody": core / "domains.py"}[unsafe]
    if unsafe == "file of nobody":
        os.chown(changed, 65534, -1)
    else:
        changed.chmod(0o777 if changed.is_dir() else 0o666)
    answer, code = run_copy(site, hosts, req("apply", domains=["a.com"], until=later(30)))
    assert answer["error"] == "install_unsafe" and code == helper.EXIT_INSTALL, answer
    assert answer["path"] == str(changed) and hosts.read_bytes() == ORIGINAL


def test_the_install_rules_for_owners_and_modes(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """sshd's StrictModes: owned by an allowed user, not writable by group or others, but
    for a sticky folder (as /tmp); links resolved; a missing path is judged by its folders."""
    me = frozenset({os.geteuid()})
    assert helper.unsafe_path([str(tmp_path / "missing" / "x.py")], me) is None
    (tmp_path / "lib.zip").write_bytes(b"")
    assert helper.unsafe_path([str(tmp_path / "lib.zip" / "x.py")], me) is None
    sticky = tmp_path / "sticky"
    sticky.mkdir()
    sticky.chmod(0o1777)
    (sticky / "m.py").write_text("")
    assert helper.unsafe_path([str(sticky / "m.py")], me) is None
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    assert helper.unsafe_path([str(shared / "m.py")], me) == (
        str(shared), "is writable by group or others")
    target = tmp_path / "target.py"
    target.write_text("")
    (sticky / "link.py").symlink_to(target)
    assert helper.unsafe_path([str(sticky / "link.py")], me) is None
    target.chmod(0o646)
    assert helper.unsafe_path([str(sticky / "link.py")], me) == (
        str(target), "is writable by group or others")
    assert helper.unsafe_path([str(target)], frozenset({os.geteuid() + 1})) is not None

    def kept_out(path: str) -> os.stat_result:  # root on NFS with root_squash
        raise PermissionError(errno.EACCES, "Permission denied", path)

    with monkeypatch.context() as patch:
        patch.setattr(os, "lstat", kept_out)
        assert helper.unsafe_path([str(target)], me) == (
            str(target), "cannot be checked (Permission denied)")


# What the root helper may load besides the standard library: the same list as its
# import-linter contract in pyproject.toml, checked here against a real interpreter.
HELPER_MAY_LOAD = frozenset({
    "focusapp", "focusapp.core", "focusapp.services", "focusapp.services.blocking",
    "focusapp.services.blocking.helper", "focusapp.services.blocking.hosts_systems",
    "focusapp.core.domains", "focusapp.core.hosts_section",
    "focusapp.core.strict_json", "focusapp.core.days", "focusapp.core.errors",
})


def test_the_helper_loads_only_the_stdlib_idna_and_its_listed_core_modules() -> None:
    # The difference leaves out what the interpreter loaded before (site, install hooks).
    probe = ("import json, sys; before = set(sys.modules); "
             "import focusapp.services.blocking.helper; "
             "print(json.dumps(sorted(set(sys.modules) - before)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=clean_env(), cwd=ROOT, timeout=60, check=True)
    loaded = set(json.loads(done.stdout))
    ours = {m for m in loaded if m.split(".")[0] == "focusapp"}
    third_party = {m.split(".")[0] for m in loaded} - sys.stdlib_module_names - {"focusapp"}
    assert ours == HELPER_MAY_LOAD
    assert third_party == {"idna"}


# ---- the real helper in a private mount namespace ------------------------------------------


def _namespace_problem() -> str | None:
    if shutil.which("unshare") is None or shutil.which("getent") is None:
        return "unshare or getent is not installed"
    if os.geteuid() != 0:
        return "a private mount namespace with a bind mount needs root"
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"],
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return f"unshare -m is not permitted here: {probe.stderr.strip()}"
    return None


NAMESPACE_PROBLEM = _namespace_problem()
needs_namespace = pytest.mark.skipif(NAMESPACE_PROBLEM is not None,
                                     reason=str(NAMESPACE_PROBLEM))
HELPER_SH = " ".join(shlex.quote(part) for part in HELPER_CMD)


@pytest.fixture(scope="module", autouse=True)
def real_hosts_untouched() -> Iterator[None]:
    """The machine's own /etc/hosts is the same before and after, and no temp file is left."""
    before = Path("/etc/hosts").read_bytes()
    before_stat = os.stat("/etc/hosts")
    yield
    assert Path("/etc/hosts").read_bytes() == before
    after_stat = os.stat("/etc/hosts")
    assert (after_stat.st_ino, after_stat.st_mtime_ns) == (before_stat.st_ino,
                                                           before_stat.st_mtime_ns)
    assert not list(Path("/etc").glob(helper.TEMP_PREFIX + "*"))


class Namespace:
    """Runs shell commands in a fresh private mount namespace where `file` is /etc/hosts."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.mark = f"focusapp-test-{uuid.uuid4()}"
        self.original = ORIGINAL + f"# {self.mark}\n".encode()
        file.write_bytes(self.original)

    def sh(self, command: str, data: bytes | None = None,
           **extra_env: str) -> subprocess.CompletedProcess[bytes]:
        script = ('mount --bind "$1" /etc/hosts || exit 90\n'
                  'grep -qF "$2" /etc/hosts || exit 91\n' + command)
        done = subprocess.run(
            ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh",
             str(self.file), self.mark],
            input=data, capture_output=True, env=clean_env(**extra_env), cwd=ROOT, timeout=60,
            check=False,
        )
        assert done.returncode not in (90, 91), done.stderr  # the bind mount is in effect
        return done

    def helper(self, data: bytes, *args: str, **extra_env: str) -> tuple[dict[str, Any], int]:
        quoted = "".join(f" {shlex.quote(arg)}" for arg in args)
        done = self.sh(f"exec {HELPER_SH}{quoted}", data, **extra_env)
        return json.loads(done.stdout), done.returncode

    def getent(self, database: str, name: str) -> tuple[int, list[str]]:
        done = self.sh(f"getent {database} {shlex.quote(name)}")
        return done.returncode, done.stdout.decode().split()


def later(minutes: float) -> str:
    return hs.format_instant(datetime.now(UTC) + timedelta(minutes=minutes))


@needs_namespace
def test_namespace_apply_resolves_to_nowhere_and_clear_restores(tmp_path: Path) -> None:
    ns = Namespace(tmp_path / "hosts")
    assert ns.getent("hosts", "blocked.focusapp.test")[0] == 2  # not known before

    answer, code = ns.helper(req("apply", domains=["youtube.com", "blocked.focusapp.test"],
                                 until=later(30)))
    assert code == 0, answer
    assert answer["file"] == "/etc/hosts" and answer["test_path"] is False
    assert answer["write"] == "in_place"  # /etc/hosts is a mount point: no rename over it
    assert answer["dns_flush"].split(":")[0] in ("ok", "unavailable", "failed")
    assert ns.file.read_bytes().startswith(ns.original)

    for name in ("youtube.com", "www.youtube.com", "m.youtube.com", "blocked.focusapp.test"):
        status, words = ns.getent("hosts", name)
        assert status == 0 and words[0] in ("0.0.0.0", "::") and name in words, words
        status, words = ns.getent("ahostsv4", name)
        assert status == 0 and words[0] == "0.0.0.0"
        status, words = ns.getent("ahostsv6", name)
        assert status == 0 and words[0] == "::"

    answer, _ = ns.helper(req("status"))
    assert answer["section"] and answer["domains"] == ["blocked.focusapp.test", "youtube.com"]

    answer, code = ns.helper(req("clear"))
    assert code == 0 and answer["changed"] and not answer["section"]
    assert ns.file.read_bytes() == ns.original
    assert ns.getent("hosts", "blocked.focusapp.test")[0] == 2


@needs_namespace
def test_namespace_round_trip_of_a_crlf_file_without_final_newline(tmp_path: Path) -> None:
    ns = Namespace(tmp_path / "hosts")
    original = (ns.original.replace(b"\n", b"\r\n")
                + b"# BEGIN other-tool\r\n0.0.0.0 x.example\r\n# END other-tool")
    ns.file.write_bytes(original)
    answer, code = ns.helper(req("apply", domains=["reddit.com"], until=later(30)))
    assert code == 0, answer
    applied = ns.file.read_bytes()
    assert applied.startswith(original + b"\r\n# BEGIN focusapp-hosts-block")
    assert b"\r\n0.0.0.0 reddit.com\r\n:: reddit.com\r\n" in applied
    ns.helper(req("clear"))
    assert ns.file.read_bytes() == original


@needs_namespace
@pytest.mark.parametrize("verb", ["sweep", "status"])
def test_namespace_an_expired_section_is_swept(tmp_path: Path, verb: str) -> None:
    ns = Namespace(tmp_path / "hosts")
    expired = datetime.now(UTC) - timedelta(minutes=1)
    ns.file.write_bytes(hs.with_section(ns.original.decode(), ["stale.focusapp.test"],
                                        expired).encode())
    assert ns.getent("hosts", "stale.focusapp.test")[0] == 0  # still blocked, until swept
    answer, code = ns.helper(req(verb))
    assert code == 0 and answer["swept"] and not answer["section"]
    assert ns.file.read_bytes() == ns.original
    assert ns.getent("hosts", "stale.focusapp.test")[0] == 2


@needs_namespace
def test_namespace_a_symlinked_hosts_file_is_refused(tmp_path: Path) -> None:
    ns = Namespace(tmp_path / "hosts")
    target = tmp_path / "target"
    target.write_bytes(ORIGINAL)
    link = tmp_path / "link"
    link.symlink_to(target)
    for data in (req("apply", domains=["a.com"], until=later(30)), req("clear"),
                 req("status"), req("sweep")):
        answer, code = ns.helper(data, helper.TEST_PATH_FLAG, str(link))
        assert answer["error"] == "hosts_symlink" and code == helper.EXIT_HOSTS
    assert target.read_bytes() == ORIGINAL and link.is_symlink()
    assert ns.file.read_bytes() == ns.original


@needs_namespace
def test_namespace_the_test_path_is_refused_under_pkexec(tmp_path: Path) -> None:
    ns = Namespace(tmp_path / "hosts")
    other = tmp_path / "other"
    other.write_bytes(ORIGINAL)
    answer, code = ns.helper(req("apply", domains=["a.com"], until=later(30)),
                             helper.TEST_PATH_FLAG, str(other), PKEXEC_UID="1000")
    assert answer["error"] == "test_path_refused" and code == helper.EXIT_REQUEST
    assert other.read_bytes() == ORIGINAL and ns.file.read_bytes() == ns.original


# ---- packaging: the polkit action and the boot-time sweep --------------------------------

PACKAGING = ROOT / "packaging" / "linux"
INSTALLED_HELPER = "/usr/libexec/focusapp/focusapp-hosts-helper"


def _unit(name: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in (PACKAGING / name).read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            entries[key] = value
    return entries


def test_polkit_action_runs_the_installed_helper_with_admin_auth() -> None:
    tree = ET.parse(PACKAGING / "org.focusapp.hosts-helper.policy")
    action = tree.getroot().find("action")
    assert action is not None and action.get("id") == "org.focusapp.hosts-helper"
    annotations = {a.get("key"): a.text for a in action.findall("annotate")}
    assert annotations["org.freedesktop.policykit.exec.path"] == INSTALLED_HELPER
    assert action.findtext("defaults/allow_active") == "auth_admin_keep"
    assert action.findtext("defaults/allow_any") == "auth_admin"


def test_sweep_unit_runs_the_helper_with_the_sweep_request() -> None:
    unit = _unit("focusapp-hosts-sweep.service")
    assert unit["Type"] == "oneshot" and unit["ExecStart"] == INSTALLED_HELPER
    assert unit["StandardInput"] == "data"
    assert json.loads(unit["StandardInputText"]) == {"verb": "sweep"}
    assert unit["ReadWritePaths"] == "/etc/hosts"


@needs_namespace
def test_namespace_the_units_request_sweeps(tmp_path: Path) -> None:
    ns = Namespace(tmp_path / "hosts")
    ns.file.write_bytes(hs.with_section(ns.original.decode(), ["stale.focusapp.test"],
                                        datetime.now(UTC) - timedelta(hours=3)).encode())
    request = _unit("focusapp-hosts-sweep.service")["StandardInputText"].encode()
    answer, code = ns.helper(request)
    assert code == 0 and answer["swept"] and ns.file.read_bytes() == ns.original


@needs_namespace
def test_namespace_a_real_ebusy_rename_falls_back_to_in_place(tmp_path: Path) -> None:
    """Mount-point detection off: the rename over a bind-mounted file really fails (EBUSY)."""
    ns = Namespace(tmp_path / "hosts")
    source = tmp_path / "source"
    source.write_bytes(ORIGINAL)
    target = tmp_path / "target"
    target.write_bytes(b"")
    probe = (
        "import json, sys\n"
        "from datetime import UTC, datetime, timedelta\n"
        "from focusapp.services.blocking import helper\n"
        "helper.is_mount_point = lambda path: False\n"
        "now = datetime.now(UTC)\n"
        "path = sys.argv[1]\n"
        "apply = json.dumps({'verb': 'apply', 'domains': ['a.com'],\n"
        "                    'until': (now + timedelta(hours=1)).isoformat()}).encode()\n"
        "clear = json.dumps({'verb': 'clear'}).encode()\n"
        "out = [helper.handle(apply, {}, now, test_path=path),\n"
        "       helper.handle(clear, {}, now, test_path=path)]\n"
        "print(json.dumps(out))\n"
    )
    command = (f'mount --bind {shlex.quote(str(source))} {shlex.quote(str(target))} && '
               f'exec {shlex.quote(sys.executable)} -c {shlex.quote(probe)} '
               f'{shlex.quote(str(target))}')
    done = ns.sh(command)
    assert done.returncode == 0, done.stderr
    (applied, code1), (cleared, code2) = json.loads(done.stdout)
    assert code1 == code2 == 0, (applied, cleared)
    assert applied["write"] == cleared["write"] == "in_place"
    assert source.read_bytes() == ORIGINAL  # written through the mount, then restored
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(helper.TEMP_PREFIX)] == []


@pytest.mark.parametrize("domain", ["security.ubuntu.com", "deb.debian.org", "0.pool.ntp.org",
                                    "ocsp.digicert.com", "time.windows.com"])
def test_what_keeps_the_system_safe_is_never_blocked(hosts: Path, domain: str) -> None:
    answer, code = run_helper(hosts, req("apply", domains=[domain], until=later(30)))
    assert code == helper.EXIT_REQUEST and answer["error"] == "invalid_domains"
    assert "domain.reserved" in json.dumps(answer)
    assert hosts.read_bytes() == ORIGINAL


def test_a_closed_stdout_ends_the_helper_quietly_with_its_status(hosts: Path) -> None:
    process = subprocess.Popen([*HELPER_CMD, helper.TEST_PATH_FLAG, str(hosts)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=clean_env(), cwd=ROOT)
    assert process.stdout is not None and process.stdin is not None
    process.stdout.close()  # the caller went away before the answer
    process.stdin.write(req("status"))
    process.stdin.close()
    assert process.wait(60) == helper.EXIT_OK
    assert process.stderr is not None
    assert process.stderr.read() == b""  # no traceback
    process.stderr.close()


def test_a_lock_held_by_another_user_cannot_keep_sites_blocked(tmp_path: Path) -> None:
    """The old lock was a flock on the hosts file's folder, which any user can open: held by
    `nobody`, every call failed "busy" after 10 s and sites stayed blocked."""
    assert shutil.which("setpriv"), "needs util-linux's setpriv (.ci/run installs it)"
    folder = Path(tempfile.mkdtemp(prefix="focusapp-hosts-"))  # /tmp: open to every user
    try:
        folder.chmod(0o755)
        hosts = folder / "hosts"
        hosts.write_bytes(ORIGINAL)
        holder = subprocess.Popen(
            # The system's interpreter: root's own (a pyenv in /root) is closed to `nobody`.
            ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "/usr/bin/python3",
             "-c", "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); "
                   "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)",
             str(folder)], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            answer, code = run_helper(hosts, req("apply", domains=["a.com"], until=later(30)))
            assert code == helper.EXIT_OK, answer
            answer, code = run_helper(hosts, req("clear"))
            assert code == helper.EXIT_OK and hosts.read_bytes() == ORIGINAL
        finally:
            holder.kill()
            holder.communicate()
    finally:
        shutil.rmtree(folder)


def test_a_lock_file_that_is_not_the_helpers_own_is_refused(hosts: Path) -> None:
    lock = Path(helper.Target(str(hosts), test=True).lock_path)
    lock.unlink(missing_ok=True)
    lock.symlink_to(hosts)  # planted: the helper would otherwise open what it points at
    try:
        answer, code = run_helper(hosts, req("status"))
        # Not followed (O_NOFOLLOW): refused as an I/O error, or as not its own.
        assert code == helper.EXIT_IO and answer["error"] in ("lock_unsafe", "io"), answer
        assert hosts.read_bytes() == ORIGINAL
    finally:
        lock.unlink()
