"""One strict JSON reader for everything FocusApp reads from outside its own memory.

The hosts helper's request (read as root), an export file being imported and the store's
own data files all go through `parse_json`. It refuses what Python's `json` would
quietly accept: a key given twice in one object (the last one would win unseen), NaN and
Infinity (not JSON), an integer too long to convert, nesting deep enough to exhaust the
stack. Every refusal is a `JSONRefused` whose `code` says which rule was broken.

Pure standard library: the privileged helper imports this module.
"""

from __future__ import annotations

import json
from typing import Any

from focusapp.core.errors import CodedError


class JSONRefused(CodedError, ValueError):
    """Bytes that are not one strict JSON value; `code` is one of the ``json.*`` below."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # the rare case: find the culprit for the message
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise JSONRefused("json.duplicate_key",
                                  f"the key {_shown(key)!r} appears twice in one object",
                                  key=_shown(key))
            seen.add(key)
    return result


def _no_constants(name: str) -> Any:
    raise JSONRefused("json.not_a_number", f"{name} is not a number JSON allows", name=name)


def _shown(key: str, limit: int = 40) -> str:
    return key if len(key) <= limit else key[: limit - 1] + "…"


def parse_json(data: bytes, *, allow_bom: bool = False) -> object:
    """The JSON value of UTF-8 `data`, or `JSONRefused` saying what is wrong.

    `allow_bom` accepts a leading UTF-8 byte-order mark (files saved by Windows editors).
    """
    try:
        text = data.decode("utf-8-sig" if allow_bom else "utf-8")
    except UnicodeDecodeError as exc:
        raise JSONRefused("json.not_utf8", f"it is not UTF-8 text ({exc.reason} at byte "
                          f"{exc.start})", reason=exc.reason, byte=exc.start) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_no_constants)
    except JSONRefused:
        raise
    except json.JSONDecodeError as exc:
        raise JSONRefused("json.syntax", f"it is not valid JSON ({exc.msg} at line "
                          f"{exc.lineno}, column {exc.colno})", detail=exc.msg,
                          line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise JSONRefused("json.too_deep", "it is nested too deeply") from None
    except ValueError as exc:  # the only other one: an integer past the digit limit
        raise JSONRefused("json.number_too_long", f"it holds a number too long to read "
                          f"({exc})", detail=str(exc)) from None
