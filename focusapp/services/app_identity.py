"""Who the app is to Windows: its AppUserModelID, set before any window or tray icon.

Windows groups a process's taskbar buttons and labels its notifications by the
AppUserModelID. Without an explicit one, a source checkout shows "python.exe" (or
"Python") as the sender of every FocusApp notification. `set_app_user_model_id()` calls
`shell32.SetCurrentProcessExplicitAppUserModelID`, which Microsoft says must run before the
process shows any UI; the installer gives its Start-menu shortcut the same ID
(`packaging/README.md`), so the name and icon come from that shortcut.

Elsewhere it does nothing: Linux desktops name notifications by the desktop file, macOS by
the bundle.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

# CompanyName.ProductName: at most 128 characters, no spaces (Microsoft's AppUserModelID rules).
APP_USER_MODEL_ID = "FocusApp.FocusApp"


def load_shell32() -> Any:
    import ctypes

    return ctypes.WinDLL("shell32", use_last_error=True)  # type: ignore[attr-defined]


def prototype_shell32(shell32: Any) -> Any:
    """HRESULT SetCurrentProcessExplicitAppUserModelID(PCWSTR AppID). The result is declared
    c_int32, the HRESULT's 32-bit LONG (not ctypes.HRESULT, which raises and exists only on
    Windows; not c_long, 64 bits on Linux where the tests run): a failure is a negative
    number, logged, never a reason not to start."""
    import ctypes
    from ctypes import wintypes

    shell32.SetCurrentProcessExplicitAppUserModelID.argtypes = (wintypes.LPCWSTR,)
    shell32.SetCurrentProcessExplicitAppUserModelID.restype = ctypes.c_int32
    return shell32


def set_app_user_model_id(platform: str = sys.platform,
                          load: Callable[[], Any] = load_shell32) -> bool:
    """On Windows, name this process FocusApp for the taskbar and notifications; True when
    Windows took it."""
    if platform != "win32":
        return False
    try:
        shell32 = prototype_shell32(load())
    except (OSError, AttributeError) as error:  # no shell32 (Windows Server Core, Wine)
        log.warning("cannot load shell32 to set the AppUserModelID: %s", error)
        return False
    result = shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    if result < 0:
        log.warning("SetCurrentProcessExplicitAppUserModelID failed: HRESULT %#010x",
                    result & 0xFFFFFFFF)
        return False
    return True
