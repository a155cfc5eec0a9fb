"""PyInstaller entry script for `focusapp-hosts-helper` (the privileged hosts helper)."""

import sys

from focusapp.services.blocking.helper import main

if __name__ == "__main__":
    sys.exit(main())
