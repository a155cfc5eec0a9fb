"""Settings → Blocking says what blocks distractions on this computer, one honest line per
mechanism: it works, it works in part, or it is unavailable because …, and what to do.

The statuses are the ones the Today window's blocking line shows (`MechanismStatus`, from
each mechanism); the words are here, in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from focusapp.core.text import fill
from focusapp.services.blocking.status import MechanismStatus, Support
from focusapp.ui.problems import problem_message
from focusapp.ui.reasons import mechanism_name


def remedy(code: str) -> str | None:
    """What the user can do about a mechanism's reason, when the reason does not say it
    already (hosts.not_installed does); None when there is nothing they can do."""
    x11_session = QCoreApplication.translate(
        "BlockingStatus", "What to do: choose an X11 session when you log in (for example "
        "“Ubuntu on Xorg”).")
    texts = {
        "hosts.no_pkexec": QCoreApplication.translate(
            "BlockingStatus", "What to do: install polkit's pkexec (“sudo apt install pkexec” "
            "on Debian and Ubuntu, “sudo dnf install polkit” on Fedora)."),
        "apps.no_minimizer": QCoreApplication.translate(
            "BlockingStatus", "What to do: install xdotool (“sudo apt install xdotool”) and log "
            "in to an X11 session."),
        "windows.wayland": x11_session,
        "windows.xwayland": x11_session,
        "apps.wayland": x11_session,
        "tray.none": QCoreApplication.translate(
            "BlockingStatus", "What to do: on GNOME, turn on the AppIndicator extension (“sudo "
            "apt install gnome-shell-extension-appindicator”, then log in again); elsewhere, "
            "add a system tray to the panel."),
        "messages.no_server": QCoreApplication.translate(
            "BlockingStatus", "What to do: start a notification server with the desktop (on "
            "sway: mako, “sudo apt install mako-notifier”)."),
        "windows.no_xlib": QCoreApplication.translate(
            "BlockingStatus", "What to do: install python-xlib where FocusApp runs (“pip "
            "install python-xlib”); the packaged app includes it."),
        "dnd.no_gsettings": QCoreApplication.translate(
            "BlockingStatus", "What to do: install GNOME's gsettings (“sudo apt install "
            "libglib2.0-bin”)."),
    }
    return texts.get(code)


def secure_dns_warning() -> str:
    """Website blocking works through the hosts file, which a browser with DNS over HTTPS
    does not read."""
    return QCoreApplication.translate(
        "BlockingStatus", "A browser with secure DNS (DNS over HTTPS) turned on does not read "
        "the blocked websites: turn it off (Firefox: Settings → Privacy & Security → DNS over "
        "HTTPS → Off; Chrome and Edge: Settings → Privacy and security → Use secure DNS → "
        "off).")


def status_lines(status: MechanismStatus) -> list[str]:
    """'Website blocking: unavailable. The hosts helper … What to do: …'."""
    states = {
        Support.SUPPORTED: QCoreApplication.translate("BlockingStatus", "works"),
        Support.DEGRADED: QCoreApplication.translate("BlockingStatus", "works in part"),
        Support.UNSUPPORTED: QCoreApplication.translate("BlockingStatus", "unavailable"),
    }
    name = mechanism_name(status.mechanism)
    lines = [fill(QCoreApplication.translate("BlockingStatus", "%1: %2."),
                  name[:1].upper() + name[1:], states[status.support])]
    if status.reason is not None:
        lines.append(problem_message(status.reason))
        fix = remedy(status.reason.code)
        if fix:
            lines.append(fix)
    if status.mechanism == "hosts" and status.works:
        lines.append(secure_dns_warning())
    return lines


def status_paragraphs(statuses: Sequence[MechanismStatus]) -> tuple[str, ...]:
    """One paragraph per mechanism, as Settings → Blocking shows them (and `status` reports)."""
    return tuple(" ".join(status_lines(s)) for s in statuses)


class BlockingStatusBox(QGroupBox):
    """One paragraph per mechanism, in the order the app reports them."""

    def __init__(self, statuses: Sequence[MechanismStatus], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BlockingStatus",
                                                    "What blocks distractions on this computer"),
                         parent)
        layout = QVBoxLayout(self)
        self.paragraphs: list[QLabel] = []
        for text in status_paragraphs(statuses) or (QCoreApplication.translate(
                "BlockingStatus", "Not known yet: it is checked when FocusApp starts."),):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
            self.paragraphs.append(label)
