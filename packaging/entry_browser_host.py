"""PyInstaller entry script for `focusapp-browser-host`: the browser extension's
native-messaging host (standard library only), run by the browser through the launcher that
Settings > Blocking > Install in my browsers writes (focusapp/services/browser_install.py)."""

import sys

from focusapp.services.browser_host import main

if __name__ == "__main__":
    sys.exit(main())
