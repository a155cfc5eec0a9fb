"""Do not disturb on Windows and macOS: unavailable, with the reason, on any OS."""

from __future__ import annotations

import os

import pytest

from focusapp.services.blocking.dnd import pick_dnd
from focusapp.services.blocking.status import Support


@pytest.mark.parametrize(("platform", "code"), [("win32", "dnd.no_api_windows"),
                                                ("darwin", "dnd.no_api_macos")])
def test_windows_and_macos_say_there_is_no_api(platform, code):
    """Whatever the session says, those systems get the honest answer, without a probe."""
    dnd = pick_dnd({"XDG_CURRENT_DESKTOP": "GNOME", "PATH": os.defpath}, platform=platform)
    status = dnd.status()
    assert status.support is Support.UNSUPPORTED
    assert status.reason is not None and status.reason.code == code
    assert dnd.enable() is False


def test_backends_hand_their_platform_to_do_not_disturb():
    from focusapp.services.backends import detect_backends

    status = detect_backends(environ={}, platform="darwin").dnd().status()
    assert status.reason is not None and status.reason.code == "dnd.no_api_macos"
