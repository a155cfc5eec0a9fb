"""A calendar server on 127.0.0.1, started by the test: each path answers as a real one
would, well or badly."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.calendar_samples import BUSY_WEEK

Answer = Callable[[BaseHTTPRequestHandler], None]
HUGE_BYTES = 50 * 1024 * 1024


def send(status: int, body: bytes, content_type: str = "text/calendar",
         length: bool = True) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        if length:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return answer


def redirect(to: str) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", to)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return answer


def huge(length: bool) -> Answer:
    """50 MB of calendar-looking text, with or without saying its size first."""
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/calendar")
        if length:
            handler.send_header("Content-Length", str(HUGE_BYTES))
        handler.end_headers()
        line = b"X-FILLER:" + b"x" * 1014 + b"\r\n"
        try:
            handler.wfile.write(b"BEGIN:VCALENDAR\r\n")
            for _ in range(HUGE_BYTES // len(line)):
                handler.wfile.write(line)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit: as it should
    return answer


@dataclass
class CalendarServer:
    url: str
    routes: dict[str, Answer]
    requests: list[str] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)  # /slow waits for it


@contextmanager
def calendar_server() -> Iterator[CalendarServer]:
    routes: dict[str, Answer] = {
        "/week.ics": send(200, BUSY_WEEK),
        "/missing.ics": send(404, b"Not found", "text/plain"),
        "/loop.ics": redirect("/loop.ics"),
        "/hop.ics": redirect("/week.ics"),
        "/login": send(200, b"<!DOCTYPE html><html><body>Sign in</body></html>",
                       "text/html; charset=utf-8"),
        "/html-as-ics.ics": send(200, b"<html><body>Oops</body></html>", "text/calendar"),
        "/huge.ics": huge(length=True),
        "/huge-streamed.ics": huge(length=False),
    }
    holder: dict[str, CalendarServer] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server = holder["server"]
            server.requests.append(self.path)
            if self.path == "/slow.ics":
                server.gate.wait(10)
                send(200, BUSY_WEEK)(self)
                return
            server.routes.get(self.path, send(404, b"", "text/plain"))(self)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet tests

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder["server"] = CalendarServer(f"http://127.0.0.1:{httpd.server_address[1]}", routes)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), name="calendar-server")
    thread.start()
    try:
        yield holder["server"]
    finally:
        holder["server"].gate.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()
