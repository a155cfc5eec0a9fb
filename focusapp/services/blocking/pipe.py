"""The hosts helper's protocol over a stream: the Windows service's named pipe.

On Windows the helper is not started per call (there is no pkexec): a LocalSystem service,
``FocusAppHosts`` (`win_service.py`), keeps ``\\\\.\\pipe\\focusapp-hosts`` open and answers
the same JSON requests as the helper on stdin (helper.py's docstring), one per connection:

    client -> service   the request, one line: {"verb": "apply", ...}\\n
    service -> client   {"status": <the helper's exit status>, "answer": {...}}\\n

The service runs the helper's own `handle`, so validation, the sweep-first rule and every
refusal are the same bytes of code as on Linux; the caller's environment plays no part. It
also sweeps an expired section by itself every `SWEEP_SECONDS`, so a block ends on time even
when the app is gone (what the boot-time unit does on Linux).

Transport-free here (a `Stream` is anything with `read` and `write`: a socket in the tests,
the pipe's handle on Windows), so the request and answer path runs on Linux over a socket
pair. Standard library only: the service imports it as LocalSystem.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any, Protocol

PIPE_NAME = r"\\.\pipe\focusapp-hosts"
MAX_REQUEST_BYTES = 64 * 1024 + 1  # one more than the helper accepts, so it says "too large"
MAX_REPLY_BYTES = 1 << 20
SWEEP_SECONDS = 60.0
SWEEP_REQUEST = b'{"verb": "sweep"}'

Handler = Callable[[bytes], tuple[dict[str, Any], int]]  # helper.handle, bound


class Stream(Protocol):
    def read(self, size: int) -> bytes: ...  # b"" at the end

    def write(self, data: bytes) -> None: ...


class Listener(Protocol):
    def accept(self) -> Stream | None: ...  # None: woken to stop

    def close(self) -> None: ...


class ProtocolError(Exception):
    """The other side did not speak the protocol (no line, a broken or huge answer)."""


def read_line(stream: Stream, limit: int) -> bytes:
    """One line without its newline; at most `limit` bytes are read (then cut there)."""
    data = bytearray()
    while len(data) < limit:
        chunk = stream.read(min(4096, limit - len(data)))
        if not chunk:
            break
        data += chunk
        end = data.find(b"\n")
        if end >= 0:
            return bytes(data[:end])
    return bytes(data)


def serve_one(stream: Stream, handler: Handler) -> int:
    """Answer one connection's request; returns the helper's exit status."""
    request = read_line(stream, MAX_REQUEST_BYTES)
    answer, status = handler(request)
    reply = json.dumps({"status": status, "answer": answer}, ensure_ascii=True,
                       sort_keys=True)
    stream.write(reply.encode("ascii") + b"\n")
    return status


def ask(stream: Stream, request: bytes) -> tuple[int, bytes]:
    """The client's side: send one request, return the helper's exit status and its answer
    as the helper prints it on stdout, for `hosts.interpret`."""
    if b"\n" in request:
        raise ProtocolError("a request is one line")
    stream.write(request + b"\n")
    line = read_line(stream, MAX_REPLY_BYTES)
    try:
        reply = json.loads(line)
    except (UnicodeDecodeError, ValueError):
        raise ProtocolError("the service's answer is not JSON") from None
    if not (isinstance(reply, dict) and isinstance(reply.get("status"), int)
            and isinstance(reply.get("answer"), dict)):
        raise ProtocolError("the service's answer has no status and answer")
    return reply["status"], json.dumps(reply["answer"]).encode("ascii")


def sweep_loop(handler: Handler, stop: threading.Event, every: float = SWEEP_SECONDS) -> None:
    """Sweep an expired section at once, then every `every` seconds until `stop`."""
    while True:
        handler(SWEEP_REQUEST)
        if stop.wait(every):
            return


def run_service(listener: Listener, handler: Handler, stop: threading.Event,
                every: float = SWEEP_SECONDS) -> None:
    """The service's body: the sweep on its own thread, connections answered one at a time
    (the helper's lock orders them with the sweep), until `stop` is set and the listener
    woken. A connection that breaks never stops the service."""
    sweeper = threading.Thread(target=sweep_loop, args=(handler, stop, every),
                               name="hosts-sweep", daemon=True)
    sweeper.start()
    try:
        while not stop.is_set():
            stream = listener.accept()
            if stream is None:
                continue
            try:
                serve_one(stream, handler)
            except OSError:
                pass  # the client went away mid-answer: nothing to tell it
            finally:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()
    finally:
        listener.close()
        sweeper.join()
