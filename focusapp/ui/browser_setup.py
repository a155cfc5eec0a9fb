"""What Settings' browser extension box needs from the app, built by the composition root
at start-up: plain callables, apart from the box's widgets (ui/settings_browser.py), which
load with Settings (issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from focusapp import lazy_module

if TYPE_CHECKING:
    from focusapp.flows.browser import BrowserFlow


@dataclass(frozen=True)
class BrowserSetup:
    """What the box needs from the app (flows/browser.py), as plain callables; install and
    remove return the browsers done and may raise OSError."""

    connected: Callable[[], bool]
    found: Callable[[], list[str]]
    installed: Callable[[], list[str]]
    install: Callable[[], list[str]]
    remove: Callable[[], list[str]]


def browser_setup(browser: BrowserFlow, home: Path) -> BrowserSetup:
    """The box over the app's browser link, for the browsers of the account's `home`."""
    if TYPE_CHECKING:
        from focusapp.services import browser_install
    else:  # when Settings asks: its manifests and rules are not needed to show Today
        browser_install = lazy_module("focusapp.services.browser_install")

    return BrowserSetup(
        connected=lambda: browser.connected,
        found=lambda: list(browser_install.found_browsers(home)),
        installed=lambda: browser_install.installed(browser_install.all_browsers(home)),
        install=lambda: browser.install_hosts(home),
        remove=lambda: browser_install.remove(browser_install.all_browsers(home)))
