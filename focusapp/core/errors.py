"""Typed errors for values a user typed.

Core never builds sentences for the screen: the UI turns `code` (and `params`) into a
translated message. `message` is the plain English fallback used by the CLI and the logs.
"""

from __future__ import annotations

from typing import Any


class ValidationError(ValueError):
    """A value the user gave is not acceptable; `code` says which rule it broke."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message
