"""The Windows job's front-window check (.github/workflows/ci.yml): Notepad started, then
WindowsActiveWindow (real user32, with its ctypes prototypes) must name it. Polls for up to
20 s: Notepad takes a moment to open its window and come to the front."""

from __future__ import annotations

import subprocess
import sys
import time

from focusapp.services.blocking.windows import WindowsActiveWindow


def main() -> int:
    source = WindowsActiveWindow()
    notepad = subprocess.Popen(["notepad.exe"])
    try:
        seen = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            seen = source.current()
            if seen is not None and seen.app.lower() == "notepad.exe":
                print(f"windows_front_window: OK {seen}")
                return 0
            time.sleep(0.5)
        print(f"windows_front_window: FAIL, in front: {seen}", file=sys.stderr)
        return 1
    finally:
        notepad.kill()


if __name__ == "__main__":
    sys.exit(main())
