"""Reading a calendar from a server on 127.0.0.1 and from a file: each bad answer is one
coded refusal, and a good one is the calendar's bytes."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from focusapp.core.calendar import read_calendar
from focusapp.core.errors import CodedError
from focusapp.services.calendar_fetch import load
from tests.calendar_samples import BUSY_WEEK
from tests.calendar_server import CalendarServer, calendar_server, redirect


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    with calendar_server() as running:
        yield running


def refusal(location: str) -> CodedError:
    with pytest.raises(CodedError) as caught:
        read_calendar(load(location))
    return caught.value


def test_a_calendar_address_gives_its_calendar(server: CalendarServer) -> None:
    assert load(f"{server.url}/week.ics") == BUSY_WEEK
    assert load(f"{server.url}/hop.ics") == BUSY_WEEK  # a redirect or two is normal


def test_a_calendar_file_gives_its_calendar(tmp_path: Path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(BUSY_WEEK)
    assert load(str(path)) == BUSY_WEEK


@pytest.mark.parametrize(("path", "code"), [
    ("/missing.ics", "calendar.not_found"),
    ("/loop.ics", "calendar.redirects"),
    ("/login", "calendar.html"),
    ("/html-as-ics.ics", "calendar.html"),
    ("/huge.ics", "calendar.too_large"),
    ("/huge-streamed.ics", "calendar.too_large"),
])
def test_bad_answers_are_refused_with_their_reason(server: CalendarServer, path: str,
                                                   code: str) -> None:
    error = refusal(f"{server.url}{path}")
    assert error.code == code
    if code != "calendar.html":
        assert error.params.get("host", "127.0.0.1") == "127.0.0.1"


def test_a_redirect_loop_stops_after_a_few_hops(server: CalendarServer) -> None:
    refusal(f"{server.url}/loop.ics")
    assert 2 <= server.requests.count("/loop.ics") <= 6


def test_a_redirect_away_from_the_web_is_not_followed(server: CalendarServer) -> None:
    server.routes["/to-ftp.ics"] = redirect("ftp://127.0.0.1/calendar.ics")
    assert refusal(f"{server.url}/to-ftp.ics").code == "calendar.redirects"


def test_a_server_that_does_not_answer_in_time_is_given_up(server: CalendarServer) -> None:
    with pytest.raises(CodedError) as caught:
        load(f"{server.url}/slow.ics", timeout=0.2)  # /slow.ics waits for the test's gate
    assert caught.value.code == "calendar.unreachable"


def test_an_address_nobody_answers_is_unreachable() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = refusal(f"http://127.0.0.1:{port}/week.ics")
    assert (error.code, error.params["host"]) == ("calendar.unreachable", "127.0.0.1")


def test_a_missing_file_and_a_huge_file(tmp_path: Path) -> None:
    assert refusal(str(tmp_path / "gone.ics")).code == "calendar.no_file"
    big = tmp_path / "big.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"x" * (11 * 1024 * 1024))
    assert refusal(str(big)).params == {"megabytes": 10}
