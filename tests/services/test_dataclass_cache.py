"""The launch keeps `dataclass`'s compiled methods between runs: faster, and the same."""

from __future__ import annotations

import dataclasses
import importlib.util
import inspect
import marshal
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from focusapp.services import dataclass_cache
from focusapp.services.dataclass_cache import FILE_NAME, CompiledMethods


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[CompiledMethods]:
    """The cache in place for this test only (its exit hook saves to the test's folder)."""
    cache = dataclass_cache.install(tmp_path)
    yield cache
    dataclass_cache.uninstall(cache)


def make_classes() -> tuple[type, type]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Call:
        """A frozen, ordered class: the most methods `dataclass` writes."""

        who: str
        minutes: int = 5
        tags: tuple[str, ...] = ()

    @dataclasses.dataclass
    class Note:
        text: str
        lines: list[str] = dataclasses.field(default_factory=list)

    return Call, Note


def test_classes_made_through_the_cache_behave_as_the_standard_ones(
        installed: CompiledMethods) -> None:
    Call, Note = make_classes()
    assert installed.compiled > 0  # the methods went through the cache
    dataclass_cache.uninstall()
    PlainCall, PlainNote = make_classes()

    for cached, plain in ((Call, PlainCall), (Note, PlainNote)):
        for name in ("__init__", "__repr__", "__eq__"):
            assert getattr(cached, name).__code__.co_code == \
                getattr(plain, name).__code__.co_code, name
        # Real annotations, not strings: the cache's module has `from __future__ import
        # annotations`, which must not leak into the methods it compiles.
        assert inspect.signature(cached) == inspect.signature(plain)
    call = Call("Ana", 10)
    assert repr(call).endswith("Call(who='Ana', minutes=10, tags=())")
    assert call == Call("Ana", 10) and Call("Ana") < Call("Bob")
    assert hash(call) == hash(Call("Ana", 10))
    with pytest.raises(dataclasses.FrozenInstanceError):
        call.who = "Bob"
    assert Note("x").lines == [] and Note("x").lines is not Note("x").lines


def test_a_second_launch_compiles_nothing_its_first_compiled(tmp_path: Path) -> None:
    first = CompiledMethods(tmp_path / FILE_NAME)
    dataclasses.exec = first.exec  # type: ignore[attr-defined]
    try:
        make_classes()
        first.save()
        second = CompiledMethods(tmp_path / FILE_NAME)
        dataclasses.exec = second.exec  # type: ignore[attr-defined]
        Call, _ = make_classes()
    finally:
        dataclass_cache.uninstall()
    assert first.compiled == 0  # saved
    assert second.compiled == 0 and second.used  # every text came from the file
    assert Call("Ana") == Call("Ana")


def test_a_launch_reads_first_what_its_start_up_used_and_the_rest_when_first_needed(
        tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    first = CompiledMethods(path)
    try:
        dataclasses.exec = first.exec  # type: ignore[attr-defined]
        make_classes()  # the start-up's classes
        first.start_up_done()
        start_up = set(first.used)
        make_other_class()  # a dialog's, after the window was shown
        first.save()
        second = CompiledMethods(path)
        assert set(second.codes) == start_up  # the rest is not unmarshalled yet
        dataclasses.exec = second.exec  # type: ignore[attr-defined]
        make_classes()
        assert set(second.codes) == start_up
        Later = make_other_class()
    finally:
        dataclass_cache.uninstall()
    assert second.compiled == 0 and set(second.codes) > start_up  # read from the rest
    assert Later(3).when == 3


def test_launches_of_two_kinds_read_both_start_ups_first_and_leave_the_file_alone(
        tmp_path: Path) -> None:
    # A new user's folder and a five years' one (other role panels) launched in turn: each
    # start-up's texts stay first, so neither launch unmarshals the rest nor rewrites the file.
    path = tmp_path / FILE_NAME
    new_user, old_hand = "def new_user(): pass", "def old_hand(): pass"

    def launch(start_up: str) -> CompiledMethods:
        cache = CompiledMethods(path)
        cache.exec(start_up, {})
        cache.start_up_done()
        cache.exec("def a_dialog(): pass", {})
        cache.save()
        return cache

    launch(new_user)
    launch(old_hand)
    written = path.stat().st_mtime_ns
    for start_up in (new_user, old_hand):
        cache = launch(start_up)
        assert set(cache.codes) == {new_user, old_hand, "def a_dialog(): pass"}
        assert cache.compiled == 0
    assert set(CompiledMethods(path).codes) == {new_user, old_hand}  # first, not the dialog's
    assert path.stat().st_mtime_ns == written


def make_other_class() -> type:
    @dataclasses.dataclass(frozen=True)
    class Later:
        when: int

    return Later


def test_a_file_of_the_former_layout_is_read_whole_and_kept_in_two_parts(
        tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    texts = ["def start_up(): return 1", "def later(): return 2"]
    path.write_bytes(stamped(marshal.dumps(
        {text: compile(text, "<string>", "exec") for text in texts})))
    cache = CompiledMethods(path)
    assert sorted(cache.codes) == sorted(texts) and cache.compiled == 0
    cache.exec(texts[0], {})
    cache.start_up_done()
    cache.save()  # nothing compiled, yet the start-up's texts are kept apart now
    again = CompiledMethods(path)
    assert list(again.codes) == texts[:1]
    again.read_rest()
    assert sorted(again.codes) == sorted(texts)


def test_the_app_tells_the_installed_cache_its_start_up_is_done(
        installed: CompiledMethods, qtbot, data_dir: Path, clock) -> None:
    from focusapp.app import FocusApp, Options
    from focusapp.store.database import Store
    from tests.ui.test_app import dispose

    store, report = Store.open(data_dir, now=clock.now)
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    installed.used = {"def made_before(): pass"}
    app.start()
    assert "def made_before(): pass" in installed.start_up
    dispose(app)
    store.close()


def stamped(payload: bytes) -> bytes:
    """`payload` as the cache writes it: this Python's magic number, its CRC-32, itself."""
    return importlib.util.MAGIC_NUMBER + zlib.crc32(payload).to_bytes(4, "little") + payload


@pytest.mark.parametrize("content", [
    b"",
    b"not a cache at all",
    importlib.util.MAGIC_NUMBER + b"\x00\x01 truncated",
    b"\x00\x00\r\n" + marshal.dumps({"def f(): pass": compile("pass", "<s>", "exec")}),
    stamped(marshal.dumps(["a list, not a dict"])),
    stamped(marshal.dumps({"text": "not code", 3: b"bytes"})),
    stamped(marshal.dumps(({"text": "not code"}, b""))),
    stamped(marshal.dumps(({}, "the rest, not bytes"))),
    stamped(marshal.dumps(({}, b"the rest, not marshalled", "a third part"))),
    "flipped",
], ids=["empty", "garbage", "truncated", "another-python", "not-a-dict", "not-code",
        "start-up-not-code", "rest-not-bytes", "three-parts", "flipped"])
def test_a_damaged_or_foreign_file_is_an_empty_cache_and_is_written_anew(
        tmp_path: Path, content: bytes | str) -> None:
    path = tmp_path / FILE_NAME
    if content == "flipped":  # a good file with one bit of a code object's bytes flipped
        good = CompiledMethods(path)
        good.exec("def f():\n    return 1234567")
        good.save()
        data = bytearray(path.read_bytes())
        data[data.index((1234567).to_bytes(4, "little"))] ^= 1
        content = bytes(data)
    assert isinstance(content, bytes)
    path.write_bytes(content)
    cache = CompiledMethods(path)
    assert cache.codes == {}
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    try:
        Call, _ = make_classes()
    finally:
        dataclass_cache.uninstall()
    assert Call("Ana").minutes == 5
    cache.save()
    again = CompiledMethods(path)
    again.read_rest()
    assert len(again.codes) == cache.compiled + len(cache.codes) > 0


def test_a_folder_that_cannot_be_written_costs_nothing_but_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    cache = CompiledMethods(blocker / "cache" / FILE_NAME)
    cache.exec("def f(): pass")
    cache.save()  # no exception, no stray temporary file
    assert cache.compiled == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [blocker.name]


def test_past_its_size_the_file_keeps_only_what_this_run_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataclass_cache, "MAX_ENTRIES", 3)
    path = tmp_path / FILE_NAME
    old = CompiledMethods(path)
    for n in range(3):
        old.exec(f"def old_{n}(): pass")
    old.save()
    run = CompiledMethods(path)
    run.exec("def old_0(): pass")
    run.exec("def new(): pass")
    run.save()
    kept = CompiledMethods(path)
    kept.read_rest()
    assert sorted(kept.codes) == ["def new(): pass", "def old_0(): pass"]


def test_the_launch_keeps_the_cache_in_the_user_cache_folder(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "focusapp", "--version"]
    subprocess.run(command, env=env, check=True, capture_output=True)
    path = tmp_path / "FocusApp" / FILE_NAME
    cache = CompiledMethods(path)
    cache.read_rest()  # a command line has no start-up of a window to keep apart
    assert len(cache.codes) > 50  # the command line's own dataclasses, at least
    written = path.stat().st_mtime_ns
    subprocess.run(command, env=env, check=True, capture_output=True)
    assert path.stat().st_mtime_ns == written  # nothing new to write the second time


def test_no_cache_folder_named_by_the_system_means_no_cache(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths

    assert dataclass_cache.cache_folder() is not None
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: "")
    assert dataclass_cache.cache_folder() is None  # not a folder relative to where it runs
