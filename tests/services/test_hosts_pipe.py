"""The hosts helper's protocol over a stream (the Windows service's pipe), run here over a
socket pair: the real request and answer code, the real helper on a temp hosts file, the
service's loop with its own sweep. Only the transport is a stand-in."""

from __future__ import annotations

import json
import queue
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from focusapp.core import hosts_section as hs
from focusapp.core.block_plan import plan_block
from focusapp.services.blocking import helper, pipe
from focusapp.services.blocking.hosts import HostsBlocker

ORIGINAL = b"127.0.0.1 localhost\r\n"


class SocketStream:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def read(self, size: int) -> bytes:
        return self.sock.recv(size)

    def write(self, data: bytes) -> None:
        self.sock.sendall(data)

    def close(self) -> None:
        self.sock.close()


class SocketListener:
    """Connections handed over by the test; None wakes the loop to stop."""

    def __init__(self) -> None:
        self.pending: queue.Queue[SocketStream | None] = queue.Queue()
        self.closed = False

    def connect(self) -> SocketStream:
        client, server = socket.socketpair()
        self.pending.put(SocketStream(server))
        return SocketStream(client)

    def accept(self) -> SocketStream | None:
        return self.pending.get(timeout=30)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def hosts(tmp_path: Path) -> Path:
    path = tmp_path / "hosts"
    path.write_bytes(ORIGINAL)
    return path


def handler_for(hosts: Path) -> pipe.Handler:
    def handle(data: bytes) -> tuple[dict[str, Any], int]:
        return helper.handle(data, {}, datetime.now(UTC), test_path=str(hosts))

    return handle


@pytest.fixture
def service(hosts: Path) -> Iterator[tuple[SocketListener, list[bytes]]]:
    """The service's loop on its own thread, as the SCM runs it; stopped at the end."""
    listener = SocketListener()
    seen: list[bytes] = []
    handle = handler_for(hosts)

    def recording(data: bytes) -> tuple[dict[str, Any], int]:
        seen.append(data)
        return handle(data)

    stop = threading.Event()
    thread = threading.Thread(target=pipe.run_service, args=(listener, recording, stop, 3600))
    thread.start()
    yield listener, seen
    stop.set()
    listener.pending.put(None)
    thread.join(30)
    assert not thread.is_alive() and listener.closed


def transport_of(listener: SocketListener) -> Any:
    def call(request: bytes, timeout: float) -> tuple[int, bytes]:
        stream = listener.connect()
        try:
            return pipe.ask(stream, request)
        finally:
            stream.close()

    return call


def test_a_block_through_the_service_blocks_and_its_clear_restores_the_file(
        hosts: Path, service: tuple[SocketListener, list[bytes]]) -> None:
    listener, seen = service
    blocker = HostsBlocker(None, platform="win32", transport=transport_of(listener))
    assert blocker.status().support.name == "SUPPORTED"
    now = datetime.now(UTC)
    applied = blocker.apply(plan_block(["youtube.com"], [], now + timedelta(minutes=30), now=now))
    assert applied.ok and applied.section and applied.domains == ("youtube.com",)
    assert b"\r\n0.0.0.0 www.youtube.com\r\n" in hosts.read_bytes()
    assert blocker.clear().ok
    assert hosts.read_bytes() == ORIGINAL
    assert seen[0] == pipe.SWEEP_REQUEST  # the service swept first, by itself


def test_a_refused_request_comes_back_as_the_helpers_refusal(
        hosts: Path, service: tuple[SocketListener, list[bytes]]) -> None:
    listener, _ = service
    blocker = HostsBlocker(None, platform="win32", transport=transport_of(listener))
    until = hs.format_instant(datetime.now(UTC) + timedelta(minutes=5))
    result = blocker._call({"verb": "apply", "domains": ["microsoft.com"], "until": until})
    assert result.error == "invalid_domains" and result.exit_code == helper.EXIT_REQUEST
    assert "domain.reserved_windows" in json.dumps(result.answer)
    assert hosts.read_bytes() == ORIGINAL


def test_a_request_larger_than_the_helper_takes_is_refused_not_cut(
        service: tuple[SocketListener, list[bytes]]) -> None:
    listener, _ = service
    status, answer = transport_of(listener)(b" " * (pipe.MAX_REQUEST_BYTES + 10), 5)
    assert status == helper.EXIT_REQUEST
    assert json.loads(answer)["error"] == "input_too_large"


def test_the_service_sweeps_an_expired_section_with_no_app_asking(tmp_path: Path) -> None:
    hosts = tmp_path / "hosts"
    past = datetime.now(UTC) - timedelta(minutes=1)
    hosts.write_text(hs.with_section(ORIGINAL.decode(), ("example.com",), past), newline="")
    listener = SocketListener()
    swept = threading.Event()
    handle = handler_for(hosts)

    def recording(data: bytes) -> tuple[dict[str, Any], int]:
        answer = handle(data)
        if data == pipe.SWEEP_REQUEST:
            swept.set()
        return answer

    stop = threading.Event()
    thread = threading.Thread(target=pipe.run_service, args=(listener, recording, stop, 3600))
    thread.start()
    assert swept.wait(30)
    stop.set()
    listener.pending.put(None)
    thread.join(30)
    assert hosts.read_bytes() == ORIGINAL


def test_a_client_that_hangs_up_does_not_stop_the_service(
        hosts: Path, service: tuple[SocketListener, list[bytes]]) -> None:
    listener, _ = service
    gone = listener.connect()
    gone.write(b'{"verb": "status"}\n')
    gone.close()  # before the answer: the service's write fails, it goes on
    status, answer = transport_of(listener)(b'{"verb": "status"}', 5)
    assert status == helper.EXIT_OK and json.loads(answer)["section"] is False


@pytest.mark.parametrize("reply", [b"not json\n", b'{"answer": {}}\n', b""])
def test_a_broken_answer_is_a_protocol_error(reply: bytes) -> None:
    client, server = socket.socketpair()
    server.sendall(reply)
    server.shutdown(socket.SHUT_WR)  # the answer ends there; the request still goes in
    with pytest.raises(pipe.ProtocolError):
        pipe.ask(SocketStream(client), b'{"verb": "status"}')
    client.close()
    server.close()


@pytest.mark.parametrize(("error", "code"), [
    (FileNotFoundError(2, "no pipe"), "not_installed"),
    (PermissionError("not a service"), "service_impostor"),
    (TimeoutError(), "timeout"),
    (pipe.ProtocolError("garbled"), "bad_answer"),
])
def test_a_failed_transport_is_a_result_never_an_exception(error: Exception, code: str) -> None:
    def failing(request: bytes, timeout: float) -> tuple[int, bytes]:
        raise error

    result = HostsBlocker(None, platform="win32", transport=failing).clear()
    assert not result.ok and result.error == code and result.reason
