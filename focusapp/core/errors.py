"""Typed errors and problems, carried as codes with parameters.

Core and services never build sentences for the screen: the UI turns `code` (and `params`)
into a translated message (`focusapp.ui.names`). `message` is the plain English fallback
for logs only.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class CodedError(Exception):
    """A refusal the UI translates by `code` (with `params`); `message` is for logs."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message

    @property
    def problem(self) -> Problem:
        return Problem(self.code, self.params, self.message)


class ValidationError(CodedError, ValueError):
    """A value the user gave is not acceptable; `code` says which rule it broke."""


@dataclass(frozen=True)
class Problem:
    """Something the user should know, emitted by a service: `code` is stable (the UI
    translates by it), `params` the values the translation needs, `message` plain English
    for logs."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    message: str = ""


def errno_name(error: OSError) -> str:
    """The system's name for why an OS call failed ("ENOSPC", "EROFS"…): stable, so the UI
    words it (`ui.reasons.unusable_reason`); "EIO" when the error carries none."""
    return errno.errorcode.get(error.errno or 0, "EIO")
