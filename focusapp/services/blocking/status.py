"""How well a blocking mechanism works here, for the Settings "Blocking" section (SPEC §6).

Every mechanism (hosts, apps, active window, do-not-disturb) answers `status()` with one
`MechanismStatus`, so the app can say what works and why something does not instead of
failing silently. `reason` says why it does not fully work as a coded `Problem` (a stable
code with parameters, English only in its `message`, for logs): the UI words it in the user's
language (`focusapp.ui.names`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from focusapp.core.errors import Problem


class Support(StrEnum):
    SUPPORTED = "supported"
    DEGRADED = "degraded"  # works in part (e.g. warn instead of minimize)
    UNSUPPORTED = "unsupported"  # does nothing here; the block goes on without it


@dataclass(frozen=True)
class MechanismStatus:
    """Whether one blocking mechanism works on this desktop, and why not."""
    mechanism: str  # "apps", "windows", "dnd.gnome", "dnd.freedesktop", ...
    support: Support
    reason: Problem | None = None  # why it is not SUPPORTED; None when it is

    @property
    def works(self) -> bool:
        return self.support is not Support.UNSUPPORTED


# Where the BlockingController records what is active (crash recovery); here so that the
# app can check it at start without importing the blocking machinery.
RUNTIME_KEY = "blocking"

