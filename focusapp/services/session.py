"""What kind of graphical session an environment describes, from the variables the desktop
sets: the one rule the window source, the app minimizer and the idle source share.

A Wayland session sets `WAYLAND_DISPLAY` (and a display manager `XDG_SESSION_TYPE=wayland`);
it may also set `DISPLAY`, for XWayland, which only sees the windows of X11 apps.
"""

from __future__ import annotations

from collections.abc import Mapping


def wayland_session(env: Mapping[str, str]) -> bool:
    return bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland"
