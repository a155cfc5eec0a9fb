"""Which apps a focus block acts on (SPEC §6), and what it does to them.

Pure: no Qt, no process access. The services (`focusapp.services.blocking.apps`,
`.guard`, `.windows`) match running processes against these rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from focusapp.core.domains import LINE_BREAKS, shown_value
from focusapp.core.errors import ValidationError

MAX_APP_ENTRY_CHARS = 4096


class AppAction(StrEnum):
    """What happens when a listed app runs during a block. SUSPEND and KILL are opt-in only:
    they are never a default and never chosen by escalation."""

    WARN = "warn"  # a notification
    MINIMIZE = "minimize"  # minimize / hide its windows where the platform allows
    CLOSE = "close"  # a graceful quit request
    SUSPEND = "suspend"  # opt-in: SIGSTOP until the block ends
    KILL = "kill"  # opt-in: terminate, then kill

    @property
    def forceful(self) -> bool:
        return self in (AppAction.SUSPEND, AppAction.KILL)


_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:[\\/]|\\\\")


def _is_absolute(target: str) -> bool:
    return target.startswith("/") or _WINDOWS_ABSOLUTE.match(target) is not None


@dataclass(frozen=True)
class AppRule:
    """A blocked app: an executable name (exact) or an absolute executable path, and an action.

    Matching is exact, never a substring: ``steam`` matches a process named ``steam`` or an
    executable ``/usr/bin/steam``, not ``steamwebhelper``.
    """

    target: str
    action: AppAction = AppAction.WARN

    def __post_init__(self) -> None:
        validate_app_target(self.target)

    @property
    def is_path(self) -> bool:
        return _is_absolute(self.target)

    def matches(self, name: str, exe: str | None = None, *, case_sensitive: bool = True) -> bool:
        """Whether a process (its name and, if known, its executable path) is this app."""
        def norm(value: str) -> str:
            return value if case_sensitive else value.casefold()

        target = norm(self.target)
        if self.is_path:
            return exe is not None and norm(exe) == target
        basename = re.split(r"[\\/]", exe)[-1] if exe else None
        return norm(name) == target or (basename is not None and norm(basename) == target)

    def to_entry(self) -> str:
        """The settings string: ``target`` for WARN, else ``action:target``."""
        if self.action is AppAction.WARN:
            return self.target
        return f"{self.action.value}:{self.target}"


def validate_app_target(target: str) -> str:
    if not isinstance(target, str) or not target:
        raise ValidationError("app.empty", "Type the app's executable name or its full path.")
    shown = shown_value(target)
    if len(target) > MAX_APP_ENTRY_CHARS:
        raise ValidationError("app.too_long", f"This app entry is too long: {shown}.",
                              value=shown, limit=MAX_APP_ENTRY_CHARS)
    if target != target.strip():
        raise ValidationError("app.whitespace", f"Remove the spaces around the app name: "
                              f"{shown}.", value=shown)
    if any(unicodedata.category(c) in ("Cc", "Cf") or c in LINE_BREAKS for c in target):
        raise ValidationError("app.control", f"An app name cannot contain control or invisible "
                              f"characters: {shown}.", value=shown)
    if not _is_absolute(target) and re.search(r"[\\/]", target):
        raise ValidationError("app.relative_path", f"Give either the executable's name or its "
                              f"full path, not a relative path: {shown}.", value=shown)
    return target


def parse_app_entry(entry: str) -> AppRule:
    """An app-list setting: ``name``, ``/abs/path``, or ``action:target`` (e.g. ``close:steam``).

    A prefix that is not an action name is part of the target (``C:\\Games\\x.exe``).
    """
    if not isinstance(entry, str):
        raise ValidationError("app.empty", "Type the app's executable name or its full path.")
    head, sep, rest = entry.partition(":")
    if sep and head in {action.value for action in AppAction}:
        return AppRule(rest, AppAction(head))
    return AppRule(entry)
