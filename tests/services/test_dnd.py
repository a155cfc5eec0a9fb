"""Do not disturb: a fake notification server on a private session bus, a fake gsettings."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from focusapp.services.blocking.dnd import (
    APP_ID,
    FreedesktopInhibit,
    GnomeBanners,
    NullDnd,
    pick_dnd,
)
from focusapp.services.blocking.status import MechanismStatus, Support

FAKE_SERVER = Path(__file__).with_name("fake_notifications.py")
COOKIE = 4242


def reason_code(status: MechanismStatus) -> str | None:
    """The code of why a mechanism does not fully work (None when it does)."""
    return status.reason.code if status.reason is not None else None


def read_line(proc: subprocess.Popen[str], deadline_s: float = 10.0) -> str:
    """The next stdout line of a child, polling with a deadline (never a blind sleep)."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], deadline_s)
    assert ready, "child process did not answer in time"
    return proc.stdout.readline().strip()


def stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.communicate(timeout=10)  # reaps it and closes its stdout pipe
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate(timeout=10)


@pytest.fixture
def session_bus(monkeypatch) -> Iterator[str]:
    """A private dbus-daemon for this test; the machine's own session bus is never used."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    try:
        address = read_line(daemon)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        stop(daemon)


def start_server(tmp_path: Path, *flags: str) -> tuple[subprocess.Popen[str], Path]:
    record = tmp_path / "calls.jsonl"
    proc = subprocess.Popen([sys.executable, str(FAKE_SERVER), str(record), *flags],
                            stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert read_line(proc) == "ready"
    return proc, record


@pytest.fixture
def server(session_bus, tmp_path) -> Iterator[Path]:
    proc, record = start_server(tmp_path)
    yield record
    stop(proc)


def calls(record: Path) -> list[dict[str, object]]:
    """The server's record; complete as soon as a call returns (it writes before replying)."""
    if not record.exists():
        return []
    lines = record.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


# ---- freedesktop ---------------------------------------------------------------------------


def test_inhibit_then_uninhibit_with_the_cookie(server):
    dnd = FreedesktopInhibit(reason="Focus block")
    assert dnd.status().support is Support.SUPPORTED
    assert dnd.enable() and dnd.enabled
    assert dnd.enable()  # idempotent: no second inhibition
    dnd.restore()
    assert not dnd.enabled
    members = [(c["member"], c["body"]) for c in calls(server)]
    assert members == [
        ("Introspect", []),
        ("Inhibit", [APP_ID, "Focus block", {}]),
        ("UnInhibit", [COOKIE]),
    ]


def test_server_without_inhibit_is_unsupported_and_never_raises(session_bus, tmp_path):
    proc, _ = start_server(tmp_path, "--no-inhibit")
    try:
        dnd = FreedesktopInhibit()
        status = dnd.status()
        assert status.support is Support.UNSUPPORTED and reason_code(status) == "dnd.no_inhibit"
        assert dnd.enable() is False and not dnd.enabled
        dnd.restore()  # harmless
    finally:
        stop(proc)


def test_no_notification_server_is_unsupported(session_bus):
    dnd = FreedesktopInhibit()
    status = dnd.status()
    assert status.support is Support.UNSUPPORTED
    assert reason_code(status) == "dnd.no_notification_server"
    assert dnd.enable() is False


def test_no_session_bus_at_all(monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/nobody")
    dnd = FreedesktopInhibit()
    assert dnd.status().support is Support.UNSUPPORTED
    assert dnd.enable() is False
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert FreedesktopInhibit().enable() is False


# ---- GNOME ---------------------------------------------------------------------------------

FAKE_GSETTINGS = """#!/bin/sh
# A stand-in for gsettings: one key, its value in $FAKE_GSETTINGS_STORE.
[ -f "$FAKE_GSETTINGS_STORE" ] || { echo "No such schema \\"$2\\"" >&2; exit 1; }
[ "$2 $3" = "org.gnome.desktop.notifications show-banners" ] || { echo "No such key" >&2; exit 1; }
case "$1" in
  get) cat "$FAKE_GSETTINGS_STORE" ;;
  set) echo "$4" > "$FAKE_GSETTINGS_STORE" ;;
  *) exit 1 ;;
esac
"""


@pytest.fixture
def gsettings(tmp_path, monkeypatch) -> Path:
    """A fake gsettings first on PATH; returns the file holding show-banners."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tool = bin_dir / "gsettings"
    tool.write_text(FAKE_GSETTINGS)
    tool.chmod(0o755)
    store = tmp_path / "show-banners"
    store.write_text("true\n")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_GSETTINGS_STORE", str(store))
    return store


def test_gnome_banners_saves_and_restores_the_users_value(gsettings):
    dnd = GnomeBanners()
    assert dnd.status().support is Support.SUPPORTED
    assert dnd.enable() and gsettings.read_text().strip() == "false"
    assert dnd.saved_state() == {"gnome.show-banners": "true"}
    assert dnd.enable() and dnd.saved_state() == {"gnome.show-banners": "true"}  # kept
    dnd.restore()
    assert gsettings.read_text().strip() == "true" and dnd.saved_state() == {}


def test_gnome_banners_keeps_a_user_who_had_them_off(gsettings):
    gsettings.write_text("false\n")
    dnd = GnomeBanners()
    assert dnd.enable()
    dnd.restore()
    assert gsettings.read_text().strip() == "false"


def test_gnome_crash_recovery_from_the_persisted_state(gsettings):
    state = GnomeBanners()
    assert state.enable()
    persisted = json.loads(json.dumps(state.saved_state()))  # as the store would keep it
    del state  # the app dies mid-block: banners stay off
    assert gsettings.read_text().strip() == "false"
    GnomeBanners().restore_from(persisted)  # the next start
    assert gsettings.read_text().strip() == "true"
    GnomeBanners().restore_from({"gnome.show-banners": "rm -rf"})  # junk is ignored
    assert gsettings.read_text().strip() == "true"


def test_gnome_missing_schema_or_tool_is_unsupported(gsettings, monkeypatch):
    gsettings.unlink()
    dnd = GnomeBanners()
    status = dnd.status()
    assert status.support is Support.UNSUPPORTED and status.reason is not None
    assert status.reason.code == "dnd.gsettings_failed"
    assert "No such schema" in status.reason.params["detail"]  # gsettings' own words
    assert dnd.enable() is False
    monkeypatch.setenv("PATH", "/nonexistent")
    status = GnomeBanners().status()
    assert status.support is Support.UNSUPPORTED and reason_code(status) == "dnd.no_gsettings"


# ---- choice ---------------------------------------------------------------------------------


def test_pick_prefers_gnome_on_gnome_then_inhibit(gsettings, server):
    session = dict(os.environ)  # the fake gsettings on PATH, the private bus's address
    assert isinstance(pick_dnd({**session, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}), GnomeBanners)
    chosen = pick_dnd({**session, "XDG_CURRENT_DESKTOP": "KDE"})
    assert isinstance(chosen, FreedesktopInhibit) and chosen.enable()
    assert [c["member"] for c in calls(server)][-1] == "Inhibit"  # on the bus it was given
    chosen.restore()


def test_pick_says_why_when_nothing_works(tmp_path):
    dnd = pick_dnd({"XDG_CURRENT_DESKTOP": "GNOME", "PATH": "/nonexistent",
                    "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/nobody"})
    assert isinstance(dnd, NullDnd) and dnd.enable() is False
    status = dnd.status()
    assert status.support is Support.UNSUPPORTED and reason_code(status) == "dnd.unavailable"
    assert status.reason is not None
    assert [r.code for r in status.reason.params["reasons"]] == [
        "dnd.no_gsettings", "dnd.no_notification_server"]  # GNOME's, then the bus's
    assert "dnd.gnome" in status.reason.message and "dnd.freedesktop" in status.reason.message


def test_pick_uses_only_the_session_it_is_given(server):
    """The process has a notification server on its bus; a session without a bus address
    gets none (the process's own bus is not used behind its back)."""
    dnd = pick_dnd({"XDG_CURRENT_DESKTOP": "KDE"})
    assert isinstance(dnd, NullDnd)
    reason = dnd.status().reason
    assert reason is not None and reason.code == "dnd.unavailable"
    assert [r.code for r in reason.params["reasons"]] == ["dnd.no_session_bus"]
    assert calls(server) == []

