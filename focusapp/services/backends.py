"""Which side effects this machine gets: the one place that looks at the environment.

Autostart, do-not-disturb, the hosts helper, the active-window source, the app scanner, the
idle-time source and the road of the app's own messages each depend on the desktop, the OS
and what is installed.
`detect_backends()` makes that choice once, at the composition root (app.py); the services
below it use what they are given and never look at `os.environ` themselves. Tests and the
end-to-end runs pass their own `Backends` (or `detect_backends(hosts_helper=...,
environ=...)`) instead.

Every field is a factory, called when a service first needs the backend: probing the
desktop (a D-Bus call, a gsettings run), opening the X display and importing psutil or
python-xlib all wait until after the first paint, and nothing is imported here at start.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from focusapp.services.autostart import Autostart
    from focusapp.services.blocking.apps import AppScanner
    from focusapp.services.blocking.dnd import DoNotDisturb
    from focusapp.services.blocking.hosts import HostsBlocker
    from focusapp.services.blocking.status import MechanismStatus
    from focusapp.services.blocking.windows import ActiveWindowSource
    from focusapp.services.idle import IdleSource


@dataclass(frozen=True)
class Backends:
    """The desktop's mechanisms, each made when first asked."""
    autostart: Callable[[], Autostart]  # start at login (Settings)
    dnd: Callable[[], DoNotDisturb]  # probes the desktop: a subprocess or a bus call
    hosts: Callable[[], HostsBlocker]  # the helper's client (its calls run on a worker thread)
    active_window: Callable[[], ActiveWindowSource]  # opens the X display
    app_scanner: Callable[[], AppScanner]  # psutil's process list, xdotool's minimizer
    # Time since the last input, for away time (opens the display or a bus connection);
    # None: no away detection (tests that do not need it).
    idle: Callable[[], IdleSource] | None = None
    # Whether the app's messages reach the screen, with a tray icon or without (asks the
    # bus); None: not reported (tests that do not need it).
    messages: Callable[[bool], MechanismStatus] | None = None


def detect_backends(*, hosts_helper: Sequence[str] | None = None,
                    environ: Mapping[str, str] | None = None,
                    platform: str = sys.platform) -> Backends:
    """This machine's backends. `hosts_helper` replaces the installed helper's command line
    (`focusapp --hosts-helper`: end-to-end tests run the helper unprivileged on a temp file);
    `environ` is the session to detect in (default: this process's environment, read when
    each backend is built)."""
    env = os.environ if environ is None else environ

    def autostart() -> Autostart:
        from focusapp.services.autostart import pick_autostart

        return pick_autostart(env, platform)

    def dnd() -> DoNotDisturb:
        from focusapp.services.blocking.dnd import pick_dnd

        return pick_dnd(env, platform=platform)

    def hosts() -> HostsBlocker:
        from focusapp.services.blocking.hosts import (
            HostsBlocker,
            default_command,
            default_transport,
        )

        if hosts_helper is not None:
            return HostsBlocker(hosts_helper, platform=platform)
        return HostsBlocker(default_command(platform), platform=platform,
                            transport=default_transport(platform))

    def active_window() -> ActiveWindowSource:
        from focusapp.services.blocking.windows import pick_window_source

        return pick_window_source(env, platform)

    def app_scanner() -> AppScanner:
        from focusapp.services.blocking.apps import (
            AppScanner,
            no_minimizer_reason,
            psutil_processes,
            xdotool_minimizer,
        )

        return AppScanner(psutil_processes, xdotool_minimizer(env), no_minimizer_reason(env))

    def idle() -> IdleSource:
        from focusapp.services.idle import pick_idle

        return pick_idle(env, platform)

    def messages(tray: bool) -> MechanismStatus:
        from focusapp.services.desktop import messages_status

        return messages_status(env.get("DBUS_SESSION_BUS_ADDRESS", ""), tray)

    return Backends(autostart, dnd, hosts, active_window, app_scanner, idle, messages)
