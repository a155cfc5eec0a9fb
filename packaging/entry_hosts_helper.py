"""PyInstaller entry script for `focusapp-hosts-helper` (the privileged hosts helper).

On Linux and macOS it is the helper itself (one JSON request on stdin, run as root by pkexec,
osascript or the sweep daemon). On Windows nothing can elevate a program per call, so the
same executable is the FocusAppHosts LocalSystem service, which answers the same requests
on its named pipe (focusapp/services/blocking/win_service.py).
"""

import sys

if sys.platform == "win32":
    from focusapp.services.blocking.win_service import main
else:
    from focusapp.services.blocking.helper import main

if __name__ == "__main__":
    sys.exit(main())
