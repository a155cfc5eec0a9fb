"""One look across the windows: each role's colour, and the colours that follow the system's
light or dark scheme.

Qt gives the windows the system's palette (light or dark); what the app paints itself — the
charts, the streak chips, error text — asks here. Paper (the PDFs) is always light.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication, QPalette

from focusapp.core.roles import RoleId

# Mid-tones, readable on a light and on a dark background; one per role, the same in Today,
# the review's charts, the PDFs and the history window.
ROLE_COLOURS: dict[str, str] = {
    RoleId.ACCOUNT_MANAGER.value: "#1e88e5",
    RoleId.FIELD_SALES.value: "#43a047",
    RoleId.INBOUND_QUALIFIER.value: "#fb8c00",
    RoleId.OUTBOUND_PROSPECTOR.value: "#8e24aa",
    RoleId.BUSINESS_DEVELOPER.value: "#00897b",
    RoleId.SOLO.value: "#e53935",
}
OTHER_ROLE_COLOUR = "#757575"  # a role the app does not know (an import from a newer app)

_ERROR = {False: "#b00020", True: "#ff8a80"}  # light scheme, dark scheme
_MET_CHIP = {False: "#e8f5e9", True: "#1b3a1e"}


def role_colour(role: str) -> str:
    return ROLE_COLOURS.get(role, OTHER_ROLE_COLOUR)


def is_dark(palette: QPalette | None = None) -> bool:
    """Is the scheme dark? Read from the palette (the system's, through Qt), so it holds
    whatever told Qt: the desktop's setting, a theme, a high-contrast mode."""
    shown = palette if palette is not None else QGuiApplication.palette()
    return shown.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette | None = None) -> str:
    return _ERROR[is_dark(palette)]


def error_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label that says what is wrong."""
    return f"color: {error_colour(palette)};"


def chip_background(met: bool, palette: QPalette | None = None) -> str:
    """A streak chip's background: green when today is met, else the palette's base."""
    return _MET_CHIP[is_dark(palette)] if met else "palette(base)"


# One type scale for every window, relative to the desktop's own font (so a user's larger
# system font scales everything): body text 1, a line to read first (the One Thing, the +1,
# a week's message) LEAD, a window's title or its big figure (the timer, the week, the
# grid's marks) TITLE.
LEAD, TITLE = 1.3, 1.6


def scaled(font: QFont, scale: float, *, bold: bool = False) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * scale)
    bigger.setBold(bold or font.bold())
    return bigger
