"""The Today window's blocking line says, in the user's language, why a part does not work.

The statuses come from the real backends of a machine with no hosts helper, a Wayland session
and no session bus: what a user on such a desktop sees.
"""

from __future__ import annotations

import pytest

from focusapp.services.blocking.dnd import pick_dnd
from focusapp.services.blocking.hosts import HostsBlocker
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.services.blocking.windows import pick_window_source
from focusapp.ui.actions import AppActions
from focusapp.ui.today import TodayWindow

RAW_IDS = ("hosts.", "windows.", "dnd.", "not_installed", "packaging/README.md")


def here() -> list[MechanismStatus]:
    """No helper installed, a Wayland session without a bus address (nothing is probed)."""
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_CURRENT_DESKTOP": "KDE"}
    return [HostsBlocker(None, platform="linux").status(),
            pick_window_source(wayland, platform="linux").status(),
            pick_dnd(wayland).status()]




@pytest.fixture
def today(qtbot) -> TodayWindow:
    window = TodayWindow(AppActions((25, 50)))
    qtbot.addWidget(window)
    return window


def test_the_blocking_tooltip_gives_each_reason_in_english(today):
    today.show_blocking(here())
    lines = today.blocking_label.toolTip().splitlines()
    assert lines[0] == ("websites: The hosts helper that blocks websites is not installed on "
                        "this computer. Install FocusApp from its package or bundle, which "
                        "includes the helper (this needs administrator rights once).")
    assert lines[1] == ("distraction time: Wayland does not let applications see which "
                        "window is in front.")
    assert lines[2] == ("do not disturb: No way to silence notifications works on this "
                        "desktop. There is no session bus to reach the notification server.")
    assert not any(raw in today.blocking_label.toolTip() for raw in RAW_IDS)


def test_the_blocking_tooltip_is_french_when_french_is_chosen(french, today):
    today.show_blocking(here())
    assert today.blocking_label.text() == (
        "Blocage — sites web\u00a0: indisponible · temps de distraction\u00a0: indisponible"
        " · ne pas déranger\u00a0: indisponible")
    lines = today.blocking_label.toolTip().splitlines()
    assert lines[0].startswith("sites web\u00a0: L'assistant hosts, qui bloque les sites web, "
                               "n'est pas installé sur cet ordinateur. Installez FocusApp")
    assert lines[1] == ("temps de distraction\u00a0: Wayland ne permet pas aux applications de "
                        "savoir quelle fenêtre est au premier plan.")
    assert lines[2] == ("ne pas déranger\u00a0: Aucun moyen de rendre les notifications "
                        "silencieuses ne fonctionne sur ce bureau. Aucun bus de session ne "
                        "permet de joindre le serveur de notifications.")
    assert not any(raw in today.blocking_label.toolTip() for raw in RAW_IDS)
    assert "not installed" not in today.blocking_label.toolTip()  # no English left


def test_a_mechanism_that_works_adds_no_line_to_the_tooltip(today):
    today.show_blocking([MechanismStatus("apps", Support.SUPPORTED)])
    assert "apps: on" in today.blocking_label.text()
    assert today.blocking_label.toolTip() == ""
