"""Reading a calendar's bytes: a local file, or an address over http(s) — the only network
access FocusApp ever makes, and only to the addresses the user gave.

The standard library's urllib, bounded: a size cap (a calendar is kilobytes; a year of a
busy one under a megabyte), a timeout, a redirect limit. Each failure is a coded refusal
with what the user can act on. Blocking: called from a worker thread
(`services.calendar.CalendarService`) or from the command line.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from http.client import HTTPMessage
from pathlib import Path
from typing import IO, Any

from focusapp import __version__
from focusapp.core.errors import CodedError

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024


class _FewRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2  # the same address twice more: a loop

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int,
                         msg: str, headers: HTTPMessage,
                         newurl: str) -> urllib.request.Request | None:
        # urllib would follow a redirect to ftp:// too: the user gave a web address.
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, msg, headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def load(location: str, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S) -> bytes:
    """The bytes of the calendar at `location` (core.calendar.normal_location's form)."""
    if location.lower().startswith(("http://", "https://")):
        return _download(location, max_bytes, timeout)
    return _read_file(Path(location), max_bytes)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return _capped(handle, max_bytes)
    except FileNotFoundError as error:
        raise CodedError("calendar.no_file", f"{path}: not found", path=str(path)) from error
    except OSError as error:
        raise CodedError("calendar.unreadable_file", f"{path}: {error}", path=str(path),
                         detail=error.strerror or str(error)) from error


def _download(url: str, max_bytes: int, timeout: float) -> bytes:
    opener = urllib.request.build_opener(_FewRedirects)
    request = urllib.request.Request(url, headers={
        "User-Agent": f"FocusApp/{__version__}", "Accept": "text/calendar, */*;q=0.5"})
    host = urllib.parse.urlsplit(url).hostname or url
    try:
        with opener.open(request, timeout=timeout) as response:
            _check_headers(response.headers, max_bytes)
            return _capped(response, max_bytes)
    except urllib.error.HTTPError as error:
        error.close()
        raise _http_refusal(error, host) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        detail = reason.strerror if isinstance(reason, OSError) and reason.strerror else reason
        raise CodedError("calendar.unreachable", f"{host}: {reason}", host=host,
                         detail=str(detail)) from None


def _http_refusal(error: urllib.error.HTTPError, host: str) -> CodedError:
    status = error.code
    if 300 <= status < 400:
        return CodedError("calendar.redirects", f"{host}: too many redirects", host=host)
    if status in (404, 410):
        return CodedError("calendar.not_found", f"{host}: {status}", host=host)
    if status in (401, 403):
        return CodedError("calendar.forbidden", f"{host}: {status}", host=host)
    return CodedError("calendar.http", f"{host}: HTTP {status}", host=host, status=status)


def _check_headers(headers: Message, max_bytes: int) -> None:
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _too_large(max_bytes)
    if headers.get_content_type() == "text/html":
        raise CodedError("calendar.html", "a web page, not a calendar")


def _capped(handle: IO[bytes] | Any, max_bytes: int) -> bytes:
    """At most `max_bytes`, read in chunks: a huge answer is refused after `max_bytes`, not
    held whole in memory."""
    parts: list[bytes] = []
    size = 0
    while chunk := handle.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        parts.append(chunk)
    return b"".join(parts)


def _too_large(max_bytes: int) -> CodedError:
    return CodedError("calendar.too_large", "larger than the limit",
                      megabytes=max_bytes // (1024 * 1024))
