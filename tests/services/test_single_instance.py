"""Single instance per data folder and the JSON-lines channel the CLI talks over.

The server lives in the test's Qt event loop; a blocking client call runs in a worker thread
while `qtbot.waitUntil` pumps that loop, so nothing waits on a sleep.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer

from focusapp.services.instance_client import exchange, send_command
from focusapp.services.single_instance import (
    MAX_REQUEST_BYTES,
    CommandRefused,
    InstanceServer,
    InstanceTimeout,
    NoInstanceRunning,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]


class FakeHandler:
    """Stands in for the app's handler: records calls, answers from a script."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, command: str, args: dict[str, Any]) -> dict[str, Any]:
        self.calls.append((command, args))
        if command == "stop":
            raise ValueError("No focus block is running.")
        if command == "echo":
            return {"echo": args}
        return {"command": command}


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield pool


@pytest.fixture
def servers(qapp: Any) -> Iterator[Callable[..., InstanceServer]]:
    """Servers, as the app has them: on a Qt application's event loop (without one, a test
    run first in a random order got "QSocketNotifier: current thread's event dispatcher has
    already been destroyed")."""
    made: list[InstanceServer] = []

    def make(target: Any, handler: Any = None) -> InstanceServer:
        server = InstanceServer(target, handler)
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()
        server.deleteLater()


def patient(data_dir: Path, command: str, args: dict[str, Any],
            timeout_ms: int = 10_000) -> dict[str, Any]:
    """The CLI's call, with room for a loaded test machine: the CLI waits 3 s, which a busy
    2-core runner exceeded once (seen on CI); what these tests check is not that wait."""
    return send_command(data_dir, command, args, timeout_ms=timeout_ms)


def patient_exchange(name: str, payload: bytes) -> dict[str, Any]:
    """`exchange` with the same room (its 3 s ran out once on a loaded machine, too)."""
    return exchange(name, payload, timeout_ms=10_000)


def in_thread(qtbot: Any, executor: ThreadPoolExecutor, fn: Callable[..., Any], *args: Any) -> Any:
    """Run a blocking client call off the GUI thread while the server's loop keeps turning."""
    future: Future[Any] = executor.submit(fn, *args)
    qtbot.waitUntil(future.done, timeout=20_000)
    return future.result()


# ---- naming ---------------------------------------------------------------------------


def test_name_follows_the_resolved_data_folder(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "profile2"
    alias = tmp_path / "link"
    alias.symlink_to(data_dir)
    name = server_name(data_dir)
    assert name.startswith("focusapp-")
    assert server_name(data_dir / ".." / "data") == name
    assert server_name(alias) == name
    assert server_name(other) != name
    assert len(name) < 60  # a Unix socket path has about 100 characters in all


# ---- round trip -----------------------------------------------------------------------


def test_round_trip_with_a_handler(
    qtbot: Any, executor: ThreadPoolExecutor, servers: Any, data_dir: Path
) -> None:
    handler = FakeHandler()
    server = servers(data_dir, handler)
    assert server.listen()
    args = {"text": "Appeler Éloïse ☎", "minutes": 50, "nested": {"a": [1, 2]}}

    result = in_thread(qtbot, executor, patient, data_dir, "echo", args)

    assert result == {"echo": args}
    assert handler.calls == [("echo", args)]


def test_handler_error_is_sent_back_as_a_refusal(
    qtbot: Any, executor: ThreadPoolExecutor, servers: Any, data_dir: Path
) -> None:
    server = servers(data_dir, FakeHandler())
    assert server.listen()

    with pytest.raises(CommandRefused, match=r"^No focus block is running\.$"):
        in_thread(qtbot, executor, patient, data_dir, "stop", {})

    raw = in_thread(qtbot, executor, patient_exchange, server.name,
                    b'{"command":"stop","args":{}}\n')
    assert raw == {"ok": False, "error": "No focus block is running."}


def test_raise_emits_raise_requested_without_the_handler(
    qtbot: Any, executor: ThreadPoolExecutor, servers: Any, data_dir: Path
) -> None:
    handler = FakeHandler()
    server = servers(data_dir, handler)
    assert server.listen()

    with qtbot.waitSignal(server.raise_requested, timeout=10_000):
        future = executor.submit(patient, data_dir, "raise", {})
    qtbot.waitUntil(future.done, timeout=20_000)

    assert future.result() == {}
    assert handler.calls == []


def test_commands_wait_for_the_handler(
    qtbot: Any, executor: ThreadPoolExecutor, servers: Any, data_dir: Path
) -> None:
    server = servers(data_dir)  # listening before the app has opened its data
    assert server.listen()
    with pytest.raises(CommandRefused, match="still starting"):
        in_thread(qtbot, executor, patient, data_dir, "status", {})

    server.set_handler(FakeHandler())
    assert in_thread(qtbot, executor, patient, data_dir, "status", {}) == {"command": "status"}


# ---- bad requests ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        (b"{not json\n", "The request is not valid JSON."),
        (b"\xff\xfe\n", "The request is not valid JSON."),
        (b"[1, 2]\n", "The request must be a JSON object."),
        (b'{"args": {}}\n', 'The request has no "command".'),
        (b'{"command": "status", "args": [1]}\n', 'The request\'s "args" must be a JSON object.'),
    ],
)
def test_malformed_request_gets_an_error_and_the_server_keeps_serving(
    qtbot: Any,
    executor: ThreadPoolExecutor,
    servers: Any,
    data_dir: Path,
    payload: bytes,
    error: str,
) -> None:
    handler = FakeHandler()
    server = servers(data_dir, handler)
    assert server.listen()

    assert in_thread(qtbot, executor, patient_exchange, server.name, payload) == {
        "ok": False,
        "error": error,
    }
    assert handler.calls == []
    assert in_thread(qtbot, executor, patient, data_dir, "status", {}) == {"command": "status"}


def test_oversized_request_is_refused_unread(
    qtbot: Any, executor: ThreadPoolExecutor, servers: Any, data_dir: Path
) -> None:
    handler = FakeHandler()
    server = servers(data_dir, handler)
    assert server.listen()
    huge = json.dumps({"command": "echo", "args": {"text": "x" * MAX_REQUEST_BYTES}})

    response = in_thread(qtbot, executor, patient_exchange, server.name, huge.encode() + b"\n")

    assert response == {"ok": False, "error": "The request is larger than 64 KiB; it was not read."}
    assert handler.calls == []
    assert in_thread(qtbot, executor, patient, data_dir, "echo", {"n": 1}) == {
        "echo": {"n": 1}
    }


def test_several_requests_on_one_connection_are_answered_in_order(
    qtbot: Any, executor: ThreadPoolExecutor, servers: Any, data_dir: Path
) -> None:
    server = servers(data_dir, FakeHandler())
    assert server.listen()
    # `exchange` reads the first answer only: the first line must be answered first.
    payload = b'{"command":"echo","args":{"n":1}}\n{"command":"echo","args":{"n":2}}\n'
    assert in_thread(qtbot, executor, patient_exchange, server.name, payload) == {
        "ok": True,
        "result": {"echo": {"n": 1}},
    }


# ---- nobody there, or nobody answering ------------------------------------------------


def test_no_instance_running(data_dir: Path) -> None:
    with pytest.raises(NoInstanceRunning, match="not running"):
        send_command(data_dir, "status", {})


def test_an_instance_that_never_answers_times_out(
    qtbot: Any, executor: ThreadPoolExecutor, data_dir: Path
) -> None:
    mute = QLocalServer()  # accepts connections, never replies
    name = server_name(data_dir)
    assert mute.listen(name)
    try:
        with pytest.raises(InstanceTimeout, match="did not answer"):
            in_thread(qtbot, executor, patient, data_dir, "status", {}, 300)
    finally:
        mute.close()


# ---- one instance per folder ----------------------------------------------------------


def test_a_second_listen_on_the_same_folder_is_refused(
    qtbot: Any, servers: Any, tmp_path: Path, data_dir: Path
) -> None:
    first = servers(data_dir, FakeHandler())
    assert first.listen()

    assert not servers(data_dir, FakeHandler()).listen()
    assert not servers(data_dir / ".." / "data", FakeHandler()).listen()
    assert servers(tmp_path / "profile2", FakeHandler()).listen()  # another profile is fine
    assert first.is_listening()


def test_a_closed_server_frees_the_name(servers: Any, data_dir: Path) -> None:
    first = servers(data_dir, FakeHandler())
    assert first.listen()
    first.close()
    assert servers(data_dir, FakeHandler()).listen()


CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from focusapp.services.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(Path(sys.argv[1]), lambda command, args: {"child": True})
print("listening" if server.listen() else "refused", flush=True)
app.exec()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_a_stale_socket_left_by_a_killed_instance_is_taken_over(
    qtbot: Any, executor: ThreadPoolExecutor, servers: Any, data_dir: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "listening"
        assert not servers(data_dir, FakeHandler()).listen()  # the live one is respected
    finally:
        child.send_signal(signal.SIGKILL)  # no clean-up: the socket file stays behind
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    socket_file = os.path.join(QDir.tempPath(), server_name(data_dir))
    assert os.path.exists(socket_file)
    with pytest.raises(NoInstanceRunning):
        send_command(data_dir, "status", {})

    heir = servers(data_dir, FakeHandler())
    assert heir.listen()
    assert in_thread(qtbot, executor, patient, data_dir, "status", {}) == {"command": "status"}


def test_a_launch_glances_at_the_socket_before_asking(servers: Any, data_dir: Path,
                                                     tmp_path: Path) -> None:
    """A plain launch asks the running instance only when its socket is there (it skips
    QtNetwork otherwise): the glance must see a listening instance, and see none once it
    closed, or a second launch would start a second app on the same folder."""
    from focusapp.services.instance_name import may_be_running

    assert not may_be_running(data_dir)
    server = servers(data_dir, FakeHandler())
    assert server.listen()
    assert may_be_running(data_dir)
    assert not may_be_running(tmp_path / "another")
    server.close()
    assert not may_be_running(data_dir)
