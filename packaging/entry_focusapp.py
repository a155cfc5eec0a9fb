"""PyInstaller entry script for the `focusapp` executable (the `focusapp` console script)."""

import sys

from focusapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
