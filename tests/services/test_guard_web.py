"""With the browser extension connected, a block's web time is the extension's, exact, and
no longer guessed from window titles (issue 14)."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from focusapp.core.models import DistractionSummary, Settings
from focusapp.services.autostart import XdgAutostart
from focusapp.services.backends import Backends
from focusapp.services.blocking.apps import AppScanner
from focusapp.services.blocking.guard import DistractionGuard
from focusapp.services.blocking.hosts import HostsBlocker
from focusapp.services.timer import FocusTimer, StartRequest
from focusapp.store.database import Store
from tests.services.conftest import helper_on
from tests.services.test_backends import FrontWindow, RecordingDnd, clock  # noqa: F401 (a fixture)

EXACT = DistractionSummary(distracted_seconds=90.0, blocked_attempts=2,
                           by_target=MappingProxyType({"linkedin.com/feed": 90.0}))


@pytest.mark.parametrize("connected", [True, False])
def test_the_front_window_title_is_a_guess_only_without_the_extension(
        qtbot, clock, data_dir, hosts_file, tmp_path, connected):  # noqa: F811
    backends = Backends(autostart=lambda: XdgAutostart(tmp_path), dnd=RecordingDnd,
                        hosts=lambda: HostsBlocker(helper_on(hosts_file)),
                        active_window=FrontWindow,  # YouTube in front, by its title
                        app_scanner=lambda: AppScanner(processes=lambda: [], minimizer=None))
    settings = Settings(blocked_domains=("youtube.com",))
    store, _ = Store.open(data_dir, now=clock.now)
    guard = DistractionGuard(clock, store, lambda: settings, backends)
    guard.web_exact = lambda: connected
    guard.web_summary = lambda: EXACT
    timer = FocusTimer(clock, store, lambda: settings)
    timer.block_started.connect(guard.on_block_started)
    timer.block_finished.connect(guard.on_block_finished)
    try:
        guard.start_services()
        timer.start(StartRequest(minutes=25, role="solo"))
        clock.advance(seconds=4)
        timer.stop()
        summary = guard.summary()
        guessed = {"youtube.com": 4.0} if not connected else {}
        assert dict(summary.by_target) == {**guessed, "linkedin.com/feed": 90.0}
        assert summary.blocked_attempts == 2
        qtbot.waitUntil(lambda: guard.controller.pending() == 0, timeout=30_000)
    finally:
        guard.shutdown()
        store.close()
